{* oxide_hestiacp file manager: the page; assets/filemanager.js drives it through FileManagerApi.
   Labels from lang/<language>.php ($_lang); the script's status lines and prompts from data-lang. *}
<link rel="stylesheet" href="{$assetsUrl|escape}/filemanager.css">
<div id="ofm" class="ofm" data-api="{$apiUrl|escape}" data-token="{$token|escape}"
     data-max-bytes="{$maxBytes|escape}" data-read-only="{if $readOnly}1{else}0{/if}"
     data-lang="{$scriptLang|escape}">
    <div class="ofm-head">
        <h2 class="ofm-title">{$_lang.fileManager|escape}</h2>
        <span class="ofm-home">{$home|escape}</span>
    </div>

    <nav class="ofm-crumbs" id="ofm-crumbs" aria-label="{$_lang.fmCurrentFolder|escape}"></nav>

    <div class="ofm-toolbar" role="toolbar">
        <button type="button" class="ofm-btn" data-cmd="up" id="ofm-up">{$_lang.fmUp|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="refresh">{$_lang.fmRefresh|escape}</button>
        <span class="ofm-sep"></span>
        <button type="button" class="ofm-btn" data-cmd="new-folder" id="ofm-new-folder"{if $readOnly} hidden{/if}>{$_lang.fmNewFolder|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="new-file" id="ofm-new-file"{if $readOnly} hidden{/if}>{$_lang.fmNewFile|escape}</button>
        <label class="ofm-btn ofm-upload" id="ofm-upload-label"{if $readOnly} hidden{/if}>{$_lang.fmUpload|escape}
            <input type="file" id="ofm-upload" multiple>
        </label>
        <span class="ofm-sep"></span>
        <button type="button" class="ofm-btn" data-cmd="rename"{if $readOnly} hidden{/if} data-needs="1">{$_lang.fmRename|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="copy"{if $readOnly} hidden{/if} data-needs="n">{$_lang.fmCopy|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="move"{if $readOnly} hidden{/if} data-needs="n">{$_lang.fmMove|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="chmod"{if $readOnly} hidden{/if} data-needs="1">{$_lang.fmPermissions|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="archive" data-needs="n" id="ofm-archive"{if $readOnly} hidden{/if}>{$_lang.fmArchive|escape}</button>
        <button type="button" class="ofm-btn" data-cmd="extract" data-needs="1" id="ofm-extract"{if $readOnly} hidden{/if}>{$_lang.fmExtract|escape}</button>
        <button type="button" class="ofm-btn ofm-danger" data-cmd="delete" data-needs="n" id="ofm-delete"{if $readOnly} hidden{/if}>{$_lang.fmDelete|escape}</button>
        <form class="ofm-search" id="ofm-search">
            <input type="search" id="ofm-pattern" placeholder="{$_lang.fmSearchPlaceholder|escape}" maxlength="255">
            <button type="submit" class="ofm-btn">{$_lang.fmSearch|escape}</button>
        </form>
    </div>
    {if $readOnly}<p class="ofm-readonly" id="ofm-readonly">{$_lang.fmReadOnly|escape}</p>{/if}
    <p class="ofm-limits">{$_lang.fmLimits|replace:'{mb}':$maxMb|replace:'{formats}':$createFormats|escape}</p>

    <div class="ofm-status" id="ofm-status" role="status" aria-live="polite"></div>

    <table class="ofm-table" id="ofm-table">
        <thead>
        <tr>
            <th class="ofm-check"><input type="checkbox" id="ofm-all" aria-label="{$_lang.fmSelectAll|escape}"></th>
            <th>{$_lang.fmName|escape}</th><th class="ofm-num">{$_lang.fmSize|escape}</th><th>{$_lang.fmPermissions|escape}</th><th>{$_lang.fmModified|escape}</th><th></th>
        </tr>
        </thead>
        <tbody id="ofm-rows"></tbody>
    </table>

    <section class="ofm-editor" id="ofm-editor" hidden>
        <div class="ofm-editor-head">
            <strong id="ofm-editor-name"></strong>
            <span class="ofm-note" id="ofm-editor-note"></span>
            <button type="button" class="ofm-btn ofm-primary" id="ofm-save"{if $readOnly} hidden{/if}>{$_lang.fmSave|escape}</button>
            <button type="button" class="ofm-btn" id="ofm-close">{$_lang.fmClose|escape}</button>
        </div>
        <textarea id="ofm-text" spellcheck="false" wrap="off"></textarea>
    </section>

    <div class="ofm-dialog" id="ofm-dialog" hidden>
        <form class="ofm-dialog-box" id="ofm-dialog-form">
            <p id="ofm-dialog-text"></p>
            <input type="text" id="ofm-dialog-input" autocomplete="off">
            <div class="ofm-dialog-buttons">
                <button type="submit" class="ofm-btn ofm-primary" id="ofm-dialog-ok">{$_lang.fmOk|escape}</button>
                <button type="button" class="ofm-btn" id="ofm-dialog-cancel">{$_lang.fmCancel|escape}</button>
            </div>
        </form>
    </div>
</div>
<script src="{$assetsUrl|escape}/filemanager.js"></script>
