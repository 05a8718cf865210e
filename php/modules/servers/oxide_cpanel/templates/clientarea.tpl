{* oxide_cpanel client area, in WHMCS's own markup (Twenty-One: Bootstrap 4 cards; also fine in
   Six). Every text comes from $_lang (the module's language file, docs/lang.md); values come from cPanel. *}
{* Bootstrap 4's stock primary (#007bff) and success (#28a745) miss WCAG AA contrast (4.5:1)
   for normal-size text; the module's own links and buttons use darker shades of the same hues. *}
<style>
.oxide-cpanel a:not(.btn) { color: #0056b3; }
.oxide-cpanel .btn-primary { background-color: #0062cc; border-color: #005cbf; }
.oxide-cpanel .btn-outline-primary { color: #0056b3; border-color: #0056b3; }
.oxide-cpanel .btn-outline-primary:hover { color: #fff; background-color: #0056b3; }
.oxide-cpanel .text-muted { color: #5a6268 !important; }
</style>
<div class="oxide-cpanel" id="oxide-cpanel">
    {foreach $warnings as $warning}
        <div class="alert alert-warning oxide-cpanel-warning" role="alert">
            <i class="fas fa-exclamation-triangle" aria-hidden="true"></i> {$warning|escape}
        </div>
    {/foreach}

    <div class="row">
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-body">
                    <h3 class="card-title h5">{$_lang.overviewTitle|escape}</h3>
                    <dl class="row mb-0 oxide-cpanel-account">
                        <dt class="col-sm-5">{$_lang.domain|escape}</dt>
                        <dd class="col-sm-7 text-break">{$domain|escape}</dd>
                        <dt class="col-sm-5">{$_lang.username|escape}</dt>
                        <dd class="col-sm-7 text-break">{$username|escape}</dd>
                        <dt class="col-sm-5">{$_lang.package|escape}</dt>
                        <dd class="col-sm-7 text-break">{$package|escape}</dd>
                        <dt class="col-sm-5">{$_lang.ipAddress|escape}</dt>
                        <dd class="col-sm-7">{$ip|escape}</dd>
                    </dl>
                    {if !$suspended}
                        <div class="mt-3">
                            <a class="btn btn-primary mb-1" id="oxide-cpanel-login" href="{$ssoUrl|escape}" target="_blank" rel="noopener">{$_lang.loginCpanel|escape}</a>
                            <a class="btn btn-outline-primary mb-1" id="oxide-cpanel-webmail" href="{$webmailUrl|escape}" target="_blank" rel="noopener">{$_lang.loginWebmail|escape}</a>
                            {if $whmUrl}
                                <a class="btn btn-outline-primary mb-1" id="oxide-cpanel-whm" href="{$whmUrl|escape}" target="_blank" rel="noopener">{$_lang.loginWhm|escape}</a>
                            {/if}
                        </div>
                    {/if}
                </div>
            </div>
        </div>
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-body">
                    {foreach $bars as $bar}
                        <h3 class="h6 mb-1" id="oxide-cpanel-{$bar.id}-label">{$bar.label|escape}</h3>
                        <p class="small text-muted mb-1" id="oxide-cpanel-{$bar.id}-text">{$bar.text|escape}{if isset($bar.percent)} ({$bar.percentText|escape}){/if}</p>
                        {if isset($bar.percent)}
                            <div class="progress mb-3">
                                <div class="progress-bar {if $bar.near}bg-danger{else}bg-success{/if}" id="oxide-cpanel-{$bar.id}-bar" role="progressbar"
                                     style="width: {$bar.percent}%" aria-labelledby="oxide-cpanel-{$bar.id}-label"
                                     aria-valuenow="{$bar.percent}" aria-valuemin="0" aria-valuemax="100"></div>
                            </div>
                        {else}
                            <div class="mb-3"></div>
                        {/if}
                    {/foreach}
                    <h3 class="h6">{$_lang.limitsTitle|escape}</h3>
                    <ul class="list-unstyled mb-0 small oxide-cpanel-limits">
                        {foreach $limits as $label => $value}
                            <li>{$label|escape}: <strong>{$value|escape}</strong></li>
                        {/foreach}
                    </ul>
                </div>
            </div>
        </div>
    </div>

    {if !$suspended}
        <div class="card mb-3">
            <div class="card-body">
                <h3 class="card-title h5">{$_lang.shortcutsTitle|escape}</h3>
                <div class="row text-center oxide-cpanel-shortcuts">
                    {foreach $shortcuts as $s}
                        <div class="col-6 col-sm-4 col-md-3 col-xl-2 mb-3">
                            <a class="d-block p-2 border rounded h-100 text-decoration-none" href="{$s.url|escape}" target="_blank" rel="noopener" data-app="{$s.app|escape}">
                                <i class="fas {$s.icon|escape} fa-2x d-block mb-1" aria-hidden="true"></i>
                                <span class="small">{$s.label|escape}</span>
                            </a>
                        </div>
                    {/foreach}
                </div>
            </div>
        </div>

        <div class="card mb-3">
            <div class="card-body">
                <h3 class="card-title h5">{$_lang.quickEmailTitle|escape}</h3>
                <form method="post" action="{$emailFormUrl|escape}" id="oxide-cpanel-email-form" autocomplete="off">
                    <input type="hidden" name="token" value="{$token|escape}">
                    <div class="form-row">
                        <div class="col-md-5 mb-2">
                            <label for="oxide-cpanel-email-prefix">{$_lang.emailPrefixLabel|escape}</label>
                            <div class="input-group">
                                <input type="text" class="form-control" id="oxide-cpanel-email-prefix" name="email_prefix" required maxlength="64" pattern="[A-Za-z0-9._\-]+">
                                <div class="input-group-append"><span class="input-group-text text-break">@{$emailDomain|escape}</span></div>
                            </div>
                        </div>
                        <div class="col-md-3 mb-2">
                            <label for="oxide-cpanel-email-password">{$_lang.emailPasswordLabel|escape}</label>
                            <input type="password" class="form-control" id="oxide-cpanel-email-password" name="email_pw" required autocomplete="new-password">
                        </div>
                        <div class="col-md-2 mb-2">
                            <label for="oxide-cpanel-email-quota">{$_lang.emailQuotaLabel|escape}</label>
                            <input type="number" class="form-control" id="oxide-cpanel-email-quota" name="email_quota" min="0" step="1" value="1024">
                        </div>
                        <div class="col-md-2 mb-2 d-flex align-items-end">
                            <button type="submit" class="btn btn-primary btn-block" id="oxide-cpanel-email-create">{$_lang.emailCreateButton|escape}</button>
                        </div>
                    </div>
                </form>
            </div>
        </div>
    {/if}
</div>
