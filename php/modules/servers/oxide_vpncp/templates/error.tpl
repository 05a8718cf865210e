<div class="alert alert-danger">
    {$usefulErrorHelper|escape}
</div>
