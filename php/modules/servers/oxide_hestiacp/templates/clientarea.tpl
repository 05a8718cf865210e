{* oxide_hestiacp client area (Bootstrap 4, WHMCS Twenty-One; fine in Six): usage bars, account,
   shortcuts to the panel's pages (HestiaCP has no single sign-on) and quick mail account
   creation. Every text comes from lang/<language>.php as $_lang (docs/lang.md). *}
{* Bootstrap 4's stock primary (#007bff), success (#28a745) and code pink (#e83e8c) miss WCAG AA
   contrast (4.5:1) for normal-size text; the page uses darker shades of the same hues (as oxide_cpanel). *}
<style>
.oxide-hestiacp a:not(.btn) { color: #0056b3; }
.oxide-hestiacp .btn-primary { background-color: #0062cc; border-color: #005cbf; }
.oxide-hestiacp .badge-success, .oxide-hestiacp .btn-success { background-color: #1e7e34; border-color: #1c7430; }
.oxide-hestiacp code { color: #c7254e; }
.oxide-hestiacp .text-muted { color: #5a6268 !important; }
</style>
<div class="oxide-hestiacp">
    {if $suspended}
        <div class="alert alert-warning" role="alert"><i class="fas fa-exclamation-triangle" aria-hidden="true"></i> {$_lang.accountSuspended|escape}</div>
    {/if}
    {foreach $warnings as $w}
        <div class="alert alert-warning" role="alert"><i class="fas fa-exclamation-circle" aria-hidden="true"></i> {$w|escape}</div>
    {/foreach}

    <div class="row">
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.usageTitle|escape}</h3></div>
                <div class="card-body">
                    {foreach $usage as $u}
                        <div class="mb-3">
                            <div class="d-flex justify-content-between flex-wrap">
                                <span id="oxide-hestiacp-{$u.key|escape}">{$u.label|escape}</span>
                                <span class="text-muted">{$u.text|escape}</span>
                            </div>
                            {if $u.bar}
                                <div class="progress" style="height: .6rem;">
                                    <div class="progress-bar {$u.level|escape}" role="progressbar" style="width: {$u.percent|escape}%"
                                         aria-valuenow="{$u.now|escape}" aria-valuemin="0" aria-valuemax="{$u.max|escape}"
                                         aria-labelledby="oxide-hestiacp-{$u.key|escape}"></div>
                                </div>
                            {/if}
                        </div>
                    {/foreach}
                </div>
            </div>
        </div>
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.accountTitle|escape}</h3></div>
                <div class="card-body">
                    <dl class="row mb-0">
                        <dt class="col-sm-5">{$_lang.username|escape}</dt><dd class="col-sm-7">{$username|escape}</dd>
                        <dt class="col-sm-5">{$_lang.package|escape}</dt><dd class="col-sm-7">{$package|escape}</dd>
                        <dt class="col-sm-5">{$_lang.webDomains|escape}</dt>
                        <dd class="col-sm-7">
                            {foreach $domains as $d}{$d.name|escape}{if $d.ssl} <span class="badge badge-success" title="{$_lang.sslActive|escape}">SSL</span>{/if}<br>{foreachelse}{$_lang.none|escape}{/foreach}
                        </dd>
                    </dl>
                </div>
                <div class="card-footer">
                    <a class="btn btn-primary btn-block" href="{$panelUrl|escape}" target="_blank" rel="noopener">
                        <i class="fas fa-sign-in-alt" aria-hidden="true"></i> {$_lang.loginToPanel|escape}
                        <span class="sr-only">{$_lang.opensNewWindow|escape}</span>
                    </a>
                </div>
            </div>
        </div>
    </div>

    <div class="card mb-3">
        <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.shortcutsTitle|escape}</h3></div>
        <div class="card-body">
            <p class="text-muted small">{$_lang.shortcutsHelp|escape}</p>
            <div class="row">
                {foreach $shortcuts as $s}
                    <div class="col-6 col-md-4 col-xl-3 mb-2">
                        <a class="btn btn-light btn-block text-left" href="{$s.url|escape}"{if $s.external} target="_blank" rel="noopener"{/if}>
                            <i class="fas {$s.icon|escape} fa-fw" aria-hidden="true"></i> {$s.label|escape}{if $s.external}<span class="sr-only"> {$_lang.opensNewWindow|escape}</span>{/if}
                        </a>
                    </div>
                {/foreach}
            </div>
        </div>
    </div>

    {if $mailDomain && !$suspended}
        <div class="card mb-3">
            <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.mailCreateTitle|escape}</h3></div>
            <div class="card-body">
                <form method="post" action="{$mailAction|escape}">
                    <input type="hidden" name="token" value="{$token|escape}">
                    <div class="form-row">
                        <div class="form-group col-md-5">
                            <label for="oxide-hestiacp-prefix">{$_lang.mailPrefixLabel|escape}</label>
                            <div class="input-group">
                                <input type="text" class="form-control" id="oxide-hestiacp-prefix" name="email_prefix" required maxlength="64"
                                       autocomplete="off" pattern="[A-Za-z0-9]([A-Za-z0-9._\-]*[A-Za-z0-9])?">
                                <div class="input-group-append"><span class="input-group-text">@{$mailDomain|escape}</span></div>
                            </div>
                        </div>
                        <div class="form-group col-md-4">
                            <label for="oxide-hestiacp-pw">{$_lang.mailPasswordLabel|escape}</label>
                            <input type="password" class="form-control" id="oxide-hestiacp-pw" name="email_pw" required minlength="8"
                                   autocomplete="new-password" aria-describedby="oxide-hestiacp-pw-help">
                            <small id="oxide-hestiacp-pw-help" class="form-text text-muted">{$_lang.mailPasswordHelp|escape}</small>
                        </div>
                        <div class="form-group col-md-3">
                            <label for="oxide-hestiacp-quota">{$_lang.mailQuotaLabel|escape}</label>
                            <input type="number" class="form-control" id="oxide-hestiacp-quota" name="email_quota" min="0" step="1" value="1024"
                                   aria-describedby="oxide-hestiacp-quota-help">
                            <small id="oxide-hestiacp-quota-help" class="form-text text-muted">{$_lang.mailQuotaHelp|escape}</small>
                        </div>
                    </div>
                    <button type="submit" class="btn btn-success"><i class="fas fa-plus" aria-hidden="true"></i> {$_lang.mailCreateButton|escape}</button>
                </form>
            </div>
        </div>
    {/if}
</div>
