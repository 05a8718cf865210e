{* oxide_hestiacp file manager: the page; assets/filemanager.js drives it through FileManagerApi. *}
<link rel="stylesheet" href="{$assetsUrl|escape}/filemanager.css">
<div id="ofm" class="ofm" data-api="{$apiUrl|escape}" data-token="{$token|escape}"
     data-max-bytes="{$maxBytes|escape}" data-read-only="{if $readOnly}1{else}0{/if}">
    <div class="ofm-head">
        <h2 class="ofm-title">File Manager</h2>
        <span class="ofm-home">{$home|escape}</span>
    </div>

    <nav class="ofm-crumbs" id="ofm-crumbs" aria-label="Current folder"></nav>

    <div class="ofm-toolbar" role="toolbar">
        <button type="button" class="ofm-btn" data-cmd="up" id="ofm-up">Up</button>
        <button type="button" class="ofm-btn" data-cmd="refresh">Refresh</button>
        <span class="ofm-sep"></span>
        <button type="button" class="ofm-btn" data-cmd="new-folder" id="ofm-new-folder"{if $readOnly} hidden{/if}>New folder</button>
        <button type="button" class="ofm-btn" data-cmd="new-file" id="ofm-new-file"{if $readOnly} hidden{/if}>New file</button>
        <label class="ofm-btn ofm-upload" id="ofm-upload-label"{if $readOnly} hidden{/if}>Upload
            <input type="file" id="ofm-upload" multiple>
        </label>
        <span class="ofm-sep"></span>
        <button type="button" class="ofm-btn" data-cmd="rename"{if $readOnly} hidden{/if} data-needs="1">Rename</button>
        <button type="button" class="ofm-btn" data-cmd="copy"{if $readOnly} hidden{/if} data-needs="n">Copy</button>
        <button type="button" class="ofm-btn" data-cmd="move"{if $readOnly} hidden{/if} data-needs="n">Move</button>
        <button type="button" class="ofm-btn" data-cmd="chmod"{if $readOnly} hidden{/if} data-needs="1">Permissions</button>
        <button type="button" class="ofm-btn" data-cmd="archive" data-needs="n" id="ofm-archive"{if $readOnly} hidden{/if}>Archive</button>
        <button type="button" class="ofm-btn" data-cmd="extract" data-needs="1" id="ofm-extract"{if $readOnly} hidden{/if}>Extract</button>
        <button type="button" class="ofm-btn ofm-danger" data-cmd="delete" data-needs="n" id="ofm-delete"{if $readOnly} hidden{/if}>Delete</button>
        <form class="ofm-search" id="ofm-search">
            <input type="search" id="ofm-pattern" placeholder="Search names, e.g. *.php" maxlength="255">
            <button type="submit" class="ofm-btn">Search</button>
        </form>
    </div>
    {if $readOnly}<p class="ofm-readonly" id="ofm-readonly">This file manager is read-only: you can browse,
        open and download files. To change files, use SFTP/FTP.</p>{/if}
    <p class="ofm-limits">Uploads, downloads and the editor handle text files up to {$maxMb|escape} MB each
        (HestiaCP's API carries text only; use SFTP/FTP for binary or larger files).
        New archives: {$createFormats|escape}; extract: zip, tar.gz, tgz, tar, gz.</p>

    <div class="ofm-status" id="ofm-status" role="status" aria-live="polite"></div>

    <table class="ofm-table" id="ofm-table">
        <thead>
        <tr>
            <th class="ofm-check"><input type="checkbox" id="ofm-all" aria-label="Select all"></th>
            <th>Name</th><th class="ofm-num">Size</th><th>Permissions</th><th>Modified</th><th></th>
        </tr>
        </thead>
        <tbody id="ofm-rows"></tbody>
    </table>

    <section class="ofm-editor" id="ofm-editor" hidden>
        <div class="ofm-editor-head">
            <strong id="ofm-editor-name"></strong>
            <span class="ofm-note" id="ofm-editor-note"></span>
            <button type="button" class="ofm-btn ofm-primary" id="ofm-save"{if $readOnly} hidden{/if}>Save</button>
            <button type="button" class="ofm-btn" id="ofm-close">Close</button>
        </div>
        <textarea id="ofm-text" spellcheck="false" wrap="off"></textarea>
    </section>

    <div class="ofm-dialog" id="ofm-dialog" hidden>
        <form class="ofm-dialog-box" id="ofm-dialog-form">
            <p id="ofm-dialog-text"></p>
            <input type="text" id="ofm-dialog-input" autocomplete="off">
            <div class="ofm-dialog-buttons">
                <button type="submit" class="ofm-btn ofm-primary" id="ofm-dialog-ok">OK</button>
                <button type="button" class="ofm-btn" id="ofm-dialog-cancel">Cancel</button>
            </div>
        </form>
    </div>
</div>
<script src="{$assetsUrl|escape}/filemanager.js"></script>
