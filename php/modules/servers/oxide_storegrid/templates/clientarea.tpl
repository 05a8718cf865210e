<div class="row">
    <div class="col-sm-5 text-right"><strong>Backup account</strong></div>
    <div class="col-sm-7">{$account|escape} ({$kind|escape})</div>
</div>
<div class="row">
    <div class="col-sm-5 text-right"><strong>Status</strong></div>
    <div class="col-sm-7">{if $active}Active{else}Inactive{/if}</div>
</div>
<div class="row">
    <div class="col-sm-5 text-right"><strong>Storage</strong></div>
    <div class="col-sm-7">
        {$storageUsed|escape} of {$storageAllotted|escape}
        <div class="progress" style="margin:4px 0 0">
            <div class="progress-bar" role="progressbar" style="width: {$storagePercent|intval}%">{$storagePercent|intval}%</div>
        </div>
    </div>
</div>
<div class="row">
    <div class="col-sm-5 text-right"><strong>Backup clients (MCAL)</strong></div>
    <div class="col-sm-7">{$mcal|escape}</div>
</div>
<div class="row" style="margin-top:10px">
    <div class="col-sm-12 text-center">
        <a href="{$consoleUrl|escape}" target="_blank" rel="noopener" class="btn btn-default">Open the backup web console</a>
    </div>
</div>
