/*
 * oxide_hestiacp file manager (client area). Plain browser JavaScript, no libraries, no CDN.
 * Every action is a POST to the module's FileManagerApi endpoint with WHMCS's CSRF token;
 * paths are relative to the account's home ("" is the home itself).
 */
(function () {
    'use strict';
    var root = document.getElementById('ofm');
    if (!root) {
        return;
    }
    var API = root.getAttribute('data-api');
    var TOKEN = root.getAttribute('data-token');
    var MAX = parseInt(root.getAttribute('data-max-bytes'), 10) || 2097152;
    // Read-only services: the page hides every write control; the editor only shows.
    var READ_ONLY = root.getAttribute('data-read-only') === '1';
    // Status lines and prompts in the client's language (lang/<language>.php, fmJs… keys).
    var L = {};
    try { L = JSON.parse(root.getAttribute('data-lang') || '{}'); } catch (e) { L = {}; }
    function t(key, vars) {
        var s = L[key] || key;
        Object.keys(vars || {}).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
        return s;
    }
    var $ = function (id) { return document.getElementById(id); };
    var state = { cwd: '', entries: [], selected: {}, editing: null, searching: null };

    function join(dir, name) { return dir ? dir + '/' + name : name; }
    function parent(p) { var i = p.lastIndexOf('/'); return i < 0 ? '' : p.slice(0, i); }
    function base(p) { return p.slice(p.lastIndexOf('/') + 1); }
    function num(x, places) { return x.toFixed(places).replace('.', L.numberDecimal || '.'); }
    function mb(n) { return num(n / 1048576, n < 1048576 ? 2 : 1) + ' ' + (L.unitMB || 'MB'); }
    function size(n) {
        if (n < 1024) { return n + ' ' + (L.unitB || 'B'); }
        if (n < 1048576) { return num(n / 1024, 1) + ' ' + (L.unitKB || 'KB'); }
        return mb(n);
    }

    function status(text, ok) {
        var s = $('ofm-status');
        s.textContent = text || '';
        s.className = 'ofm-status ' + (ok === false ? 'ofm-error' : ok ? 'ofm-ok' : '');
    }

    function body(action, fields) {
        var p = new URLSearchParams();
        p.append('token', TOKEN);
        p.append('action', action);
        Object.keys(fields || {}).forEach(function (k) {
            var v = fields[k];
            if (Array.isArray(v)) {
                v.forEach(function (x) { p.append(k + '[]', x); });
            } else {
                p.append(k, v);
            }
        });
        return p;
    }

    function post(action, fields) {
        return fetch(API, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
            body: body(action, fields)
        });
    }

    function api(action, fields) {
        return post(action, fields).then(function (r) {
            return r.text().then(function (answer) {
                var data;
                try { data = JSON.parse(answer); } catch (e) {
                    throw new Error(t('fmJsHttpError', { status: r.status, body: answer.slice(0, 200) }));
                }
                if (!data.success) { throw new Error(data.error || t('fmJsActionFailed')); }
                return data;
            });
        });
    }

    function fail(e) { status(e.message || String(e), false); }

    function selectedPaths() { return Object.keys(state.selected); }

    function updateButtons() {
        var n = selectedPaths().length;
        root.querySelectorAll('[data-needs]').forEach(function (b) {
            var need = b.getAttribute('data-needs');
            b.disabled = need === '1' ? n !== 1 : n < 1;
        });
        $('ofm-up').disabled = state.cwd === '' && !state.searching;
    }

    function crumbs() {
        var nav = $('ofm-crumbs');
        nav.textContent = '';
        var add = function (label, path) {
            var a = document.createElement('a');
            a.textContent = label;
            a.setAttribute('data-path', path);
            a.addEventListener('click', function () { load(path); });
            nav.appendChild(a);
        };
        add('~', '');
        var acc = '';
        state.cwd.split('/').filter(Boolean).forEach(function (part) {
            acc = join(acc, part);
            nav.appendChild(document.createTextNode(' / '));
            add(part, acc);
        });
        if (state.searching) {
            nav.appendChild(document.createTextNode('  ' + t('fmJsResultsFor', { pattern: state.searching })));
        }
    }

    function row(e) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-path', e.path);
        tr.setAttribute('data-type', e.type);
        var cb = document.createElement('input');
        cb.type = 'checkbox';
        cb.className = 'ofm-select';
        cb.checked = !!state.selected[e.path];
        cb.addEventListener('change', function () {
            if (cb.checked) { state.selected[e.path] = e; } else { delete state.selected[e.path]; }
            updateButtons();
        });
        var td = function (cls, child) {
            var c = document.createElement('td');
            if (cls) { c.className = cls; }
            if (child) { c.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); }
            tr.appendChild(c);
            return c;
        };
        td('ofm-check', cb);
        var name = td('ofm-name');
        var icon = document.createElement('span');
        icon.className = 'ofm-type';
        icon.textContent = e.type === 'dir' ? 'DIR' : e.type === 'link' ? 'LNK' : '';
        name.appendChild(icon);
        var a = document.createElement('a');
        a.className = 'ofm-open';
        a.textContent = state.searching ? e.path : e.name;
        a.addEventListener('click', function () {
            if (e.type === 'dir') { load(e.path); } else if (e.type === 'file') { edit(e); }
        });
        name.appendChild(a);
        td('ofm-num', e.type === 'dir' ? '' : size(e.size));
        td('ofm-mode', e.mode);
        td('ofm-date', e.modified);
        var actions = td('ofm-actions');
        if (e.type === 'file') {
            var dl = document.createElement('button');
            dl.type = 'button';
            dl.className = 'ofm-btn ofm-download';
            dl.textContent = t('fmJsDownload');
            dl.addEventListener('click', function () { download(e); });
            actions.appendChild(dl);
        }
        return tr;
    }

    function render() {
        var tbody = $('ofm-rows');
        tbody.textContent = '';
        state.entries.forEach(function (e) { tbody.appendChild(row(e)); });
        if (!state.entries.length) {
            var tr = document.createElement('tr');
            var c = document.createElement('td');
            c.colSpan = 6;
            c.textContent = t(state.searching ? 'fmJsNothingFound' : 'fmJsEmptyFolder');
            tr.appendChild(c);
            tbody.appendChild(tr);
        }
        $('ofm-all').checked = false;
        crumbs();
        updateButtons();
    }

    function load(path) {
        return api('list', { path: path }).then(function (d) {
            state.cwd = d.path;
            state.entries = d.entries || [];
            state.selected = {};
            state.searching = null;
            render();
            if (d.ambiguous) {
                status(t('fmJsAmbiguous', { count: d.ambiguous }), false);
            }
        }).catch(fail);
    }

    function ask(text, value, withInput) {
        return new Promise(function (resolve) {
            var dlg = $('ofm-dialog');
            var input = $('ofm-dialog-input');
            $('ofm-dialog-text').textContent = text;
            input.hidden = withInput === false;
            input.value = value || '';
            dlg.hidden = false;
            if (withInput === false) { $('ofm-dialog-ok').focus(); } else { input.focus(); input.select(); }
            var done = function (v) {
                dlg.hidden = true;
                $('ofm-dialog-form').onsubmit = null;
                $('ofm-dialog-cancel').onclick = null;
                resolve(v);
            };
            $('ofm-dialog-form').onsubmit = function (ev) { ev.preventDefault(); done(withInput === false ? true : input.value); };
            $('ofm-dialog-cancel').onclick = function () { done(null); };
        });
    }

    function after(promise, message) {
        return promise.then(function () { return load(state.cwd); }).then(function () {
            status(message, true);
        }).catch(fail);
    }

    function edit(e) {
        if (e.size > MAX) {
            status(t('fmJsTooBigToEdit', { name: base(e.path), size: mb(e.size), max: mb(MAX) }), false);
            return;
        }
        api('read', { path: e.path }).then(function (d) {
            state.editing = d.path;
            $('ofm-editor-name').textContent = d.path;
            $('ofm-editor-note').textContent = d.exact ? '' :
                t('fmJsLineEndSpaces');
            $('ofm-text').value = d.content;
            $('ofm-text').readOnly = READ_ONLY;
            $('ofm-editor').hidden = false;
            $('ofm-text').focus();
            status(t('fmJsOpened', { path: d.path }), true);
        }).catch(fail);
    }

    function download(e) {
        post('download', { path: e.path }).then(function (r) {
            var type = r.headers.get('Content-Type') || '';
            if (type.indexOf('application/json') === 0) {
                return r.json().then(function (d) { throw new Error(d.error || t('fmJsDownloadFailed')); });
            }
            return r.blob().then(function (blob) {
                var a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = base(e.path);
                document.body.appendChild(a);
                a.click();
                setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
                status(t('fmJsDownloaded', { path: e.path }), true);
            });
        }).catch(fail);
    }

    function readText(file) {
        return file.arrayBuffer().then(function (buf) {
            try {
                return new TextDecoder('utf-8', { fatal: true }).decode(buf);
            } catch (e) {
                throw new Error(t('fmJsNotText', { name: file.name }));
            }
        });
    }

    function upload(files) {
        var list = Array.prototype.slice.call(files);
        var done = 0;
        var next = function () {
            if (!list.length) {
                return load(state.cwd).then(function () { status(t('fmJsUploaded', { count: done }), true); });
            }
            var f = list.shift();
            if (f.size > MAX) {
                return Promise.reject(new Error(t('fmJsUploadTooBig', { name: f.name, size: mb(f.size), max: mb(MAX) })));
            }
            status(t('fmJsUploading', { name: f.name }));
            return readText(f).then(function (text) {
                return api('upload', { path: state.cwd, name: f.name, content: text });
            }).then(function () { done++; return next(); });
        };
        next().catch(function (e) { load(state.cwd).then(function () { fail(e); }); });
    }

    var commands = {
        up: function () { load(state.searching ? state.cwd : parent(state.cwd)); },
        refresh: function () { load(state.cwd); },
        'new-folder': function () {
            ask(t('fmJsAskFolderName'), '').then(function (name) {
                if (name) { after(api('create_folder', { path: state.cwd, name: name }), t('fmJsCreatedFolder', { name: name })); }
            });
        },
        'new-file': function () {
            ask(t('fmJsAskFileName'), '').then(function (name) {
                if (name) { after(api('create_file', { path: state.cwd, name: name }), t('fmJsCreatedFile', { name: name })); }
            });
        },
        rename: function () {
            var p = selectedPaths()[0];
            ask(t('fmJsAskRename', { path: p }), base(p)).then(function (name) {
                if (name && name !== base(p)) { after(api('rename', { path: p, name: name }), t('fmJsRenamed', { name: name })); }
            });
        },
        copy: function () { transfer('copy'); },
        move: function () { transfer('move'); },
        chmod: function () {
            var p = selectedPaths()[0];
            var e = state.selected[p];
            ask(t('fmJsAskMode', { path: p }), e.mode).then(function (mode) {
                if (mode) { after(api('chmod', { path: p, mode: mode }), t('fmJsModeSet', { path: p, mode: mode })); }
            });
        },
        archive: function () {
            var paths = selectedPaths();
            var suggestion = (paths.length === 1 ? base(paths[0]) : 'archive') + '.tar.gz';
            ask(t('fmJsAskArchive'), suggestion).then(function (name) {
                if (name) { after(api('archive', { paths: paths, path: state.cwd, name: name }), t('fmJsCreated', { name: name })); }
            });
        },
        extract: function () {
            var p = selectedPaths()[0];
            var stem = base(p).replace(/\.(tar\.gz|tgz|zip|tar|gz)$/i, '');
            ask(t('fmJsAskExtract', { name: base(p) }), join(parent(p), stem)).then(function (target) {
                if (target !== null) { after(api('extract', { path: p, target: target }), t('fmJsExtracted', { name: base(p), target: target || '~' })); }
            });
        },
        'delete': function () {
            var paths = selectedPaths();
            ask(t('fmJsAskDelete', { count: paths.length, paths: paths.join(', ') }), '', false).then(function (yes) {
                if (yes) { after(api('delete', { paths: paths }), t('fmJsDeleted', { count: paths.length })); }
            });
        }
    };

    function transfer(kind) {
        var paths = selectedPaths();
        ask(t(kind === 'copy' ? 'fmJsAskCopy' : 'fmJsAskMove', { count: paths.length }), state.cwd).then(function (target) {
            if (target !== null) {
                after(api(kind, { paths: paths, target: target }), t(kind === 'copy' ? 'fmJsCopied' : 'fmJsMoved', { target: target || '~' }));
            }
        });
    }

    root.querySelectorAll('[data-cmd]').forEach(function (b) {
        b.addEventListener('click', function () { commands[b.getAttribute('data-cmd')](); });
    });
    $('ofm-all').addEventListener('change', function () {
        var on = $('ofm-all').checked;
        state.selected = {};
        if (on) { state.entries.forEach(function (e) { state.selected[e.path] = e; }); }
        root.querySelectorAll('.ofm-select').forEach(function (cb) { cb.checked = on; });
        updateButtons();
    });
    $('ofm-upload').addEventListener('change', function (ev) {
        upload(ev.target.files);
        ev.target.value = '';
    });
    $('ofm-save').addEventListener('click', function () {
        var path = state.editing;
        api('save', { path: path, content: $('ofm-text').value }).then(function (d) {
            status(t(d.normalized ? 'fmJsSavedTrimmed' : 'fmJsSaved', { path: path }), true);
            return load(state.cwd).then(function () { status(t('fmJsSaved', { path: path }), true); });
        }).catch(fail);
    });
    $('ofm-close').addEventListener('click', function () {
        $('ofm-editor').hidden = true;
        state.editing = null;
    });
    $('ofm-search').addEventListener('submit', function (ev) {
        ev.preventDefault();
        var pattern = $('ofm-pattern').value.trim();
        if (!pattern) { return load(state.cwd); }
        api('search', { path: state.cwd, pattern: pattern }).then(function (d) {
            state.entries = d.entries || [];
            state.selected = {};
            state.searching = pattern;
            render();
            status(t(d.truncated ? 'fmJsFoundTruncated' : 'fmJsFound', { count: state.entries.length }), true);
        }).catch(fail);
    });

    load('');
}());
