{extends file="layout.tpl"}
{block name=content}
<h1>Login</h1>
{if $error}<div class="alert alert-danger">Login details incorrect.</div>{/if}
<form method="post" action="/dologin.php" id="login-form">
    <input type="hidden" name="token" value="{$token|escape}">
    <p><label>Email <input type="email" name="username" id="inputEmail" required></label></p>
    <p><label>Password <input type="password" name="password" id="inputPassword" required></label></p>
    <p><button type="submit" id="login">Login</button></p>
</form>
{/block}
