{* oxide_storegrid client area (Bootstrap 4, WHMCS Twenty-One; fine in Six): storage against the
   quota as a bar, the account, and how to set up the client software. Every text comes from
   lang/<language>.php as $_lang (docs/lang.md). *}
{* Bootstrap 4's stock primary (#007bff), success (#28a745) and code pink (#e83e8c) miss WCAG AA
   contrast (4.5:1) for normal-size text; the page uses darker shades of the same hues (as oxide_cpanel). *}
<style>
.oxide-storegrid a:not(.btn) { color: #0056b3; }
.oxide-storegrid .btn-primary { background-color: #0062cc; border-color: #005cbf; }
.oxide-storegrid .badge-success, .oxide-storegrid .btn-success { background-color: #1e7e34; border-color: #1c7430; }
.oxide-storegrid code { color: #c7254e; }
.oxide-storegrid .text-muted { color: #5a6268 !important; }
</style>
<div class="oxide-storegrid">
    {foreach $warnings as $w}
        <div class="alert alert-warning" role="alert"><i class="fas fa-exclamation-triangle" aria-hidden="true"></i> {$w|escape}</div>
    {/foreach}

    <div class="row">
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.storageTitle|escape}</h3></div>
                <div class="card-body">
                    {foreach $usage as $u}
                        <div class="d-flex justify-content-between flex-wrap">
                            <span id="oxide-storegrid-{$u.key|escape}">{$u.label|escape}</span>
                            <span class="text-muted">{$u.text|escape}</span>
                        </div>
                        {if $u.bar}
                            <div class="progress mt-1" style="height: .8rem;">
                                <div class="progress-bar {$u.level|escape}" role="progressbar" style="width: {$u.percent|escape}%"
                                     aria-valuenow="{$u.now|escape}" aria-valuemin="0" aria-valuemax="{$u.max|escape}"
                                     aria-labelledby="oxide-storegrid-{$u.key|escape}"></div>
                            </div>
                        {/if}
                    {/foreach}
                </div>
            </div>
        </div>
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.accountTitle|escape}</h3></div>
                <div class="card-body">
                    <dl class="row mb-0">
                        <dt class="col-sm-5">{$_lang.accountName|escape}</dt><dd class="col-sm-7">{$account|escape}</dd>
                        <dt class="col-sm-5">{$_lang.accountType|escape}</dt><dd class="col-sm-7">{$kindText|escape}</dd>
                        <dt class="col-sm-5">{$_lang.status|escape}</dt>
                        <dd class="col-sm-7">{if $active}<span class="badge badge-success">{$_lang.statusActive|escape}</span>{else}<span class="badge badge-secondary">{$_lang.statusInactive|escape}</span>{/if}</dd>
                        <dt class="col-sm-5">{$_lang.mcalLabel|escape}</dt><dd class="col-sm-7">{$mcal|escape}</dd>
                    </dl>
                </div>
            </div>
        </div>
    </div>

    <div class="card mb-3">
        <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.setupTitle|escape}</h3></div>
        <div class="card-body">
            <ol>
                <li>{$_lang.setupStep1|escape}</li>
                <li>{$_lang.setupStep2|escape}</li>
                <li>{$_lang.setupStep3|escape}</li>
            </ol>
            <dl class="row">
                <dt class="col-sm-4">{$_lang.serverAddress|escape}</dt><dd class="col-sm-8"><code>{$consoleUrl|escape}</code></dd>
                <dt class="col-sm-4">{$_lang.accountName|escape}</dt><dd class="col-sm-8"><code>{$account|escape}</code></dd>
                <dt class="col-sm-4">{$_lang.passKeyLabel|escape}</dt><dd class="col-sm-8">{$passKeyHelp|escape}</dd>
            </dl>
            <a href="{$consoleUrl|escape}" target="_blank" rel="noopener" class="btn btn-primary">
                <i class="fas fa-external-link-alt" aria-hidden="true"></i> {$_lang.openConsole|escape}
                <span class="sr-only">{$_lang.opensNewWindow|escape}</span>
            </a>
        </div>
    </div>
</div>
