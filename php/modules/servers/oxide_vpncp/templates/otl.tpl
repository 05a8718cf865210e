{* oxide_vpncp: a one-time link to the VPN configuration (created by a POSTed form only). *}
<div class="oxide-vpncp card">
    <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.otlFor|replace:'{name}':$clientName|escape}</h3></div>
    <div class="card-body">
        <p>{$_lang.otlExplain|escape}</p>
        <div class="input-group mb-3">
            <input type="text" class="form-control" id="oxide-vpncp-otl" value="{$link|escape}" readonly aria-label="{$_lang.otlLinkLabel|escape}">
            <div class="input-group-append">
                <button type="button" class="btn btn-light" onclick="var i=document.getElementById('oxide-vpncp-otl');i.select();navigator.clipboard&&navigator.clipboard.writeText(i.value);">{$_lang.copy|escape}</button>
            </div>
        </div>
        <a class="btn btn-light" href="clientarea.php?action=productdetails&amp;id={$serviceId|escape:'url'}">{$_lang.backToService|escape}</a>
    </div>
</div>
