<?php
/**
 * oxide_hestiacp file manager — the JSON endpoint behind templates/filemanager.tpl.
 *
 * WHMCS calls oxide_hestiacp_FileManagerApi($params) for
 * clientarea.php?action=productdetails&id=SERVICE&modop=custom&a=FileManagerApi once it has
 * checked that the logged-in client owns SERVICE (ClientAreaAllowedFunctions lists the name).
 * This function bootstraps nothing: it accepts POST only, checks WHMCS's CSRF token, adds the
 * logged-in client's id and the request fields to $params, lets the extension's
 * oxide_hestiacp_FileManagerAction do the work (which checks ownership and status again), and
 * prints its answer as JSON — or, for a download, the file itself.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

/** The request fields the extension reads (`paths` is a list). */
const OXIDE_HESTIACP_FM_FIELDS = ['action', 'path', 'name', 'content', 'target', 'mode', 'pattern', 'overwrite'];

function oxide_hestiacp_FileManagerApi(array $params = [])
{
    if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
        oxide_hestiacp_fm_send(405, ['success' => false, 'error' => 'the file manager accepts POST requests only', 'kind' => 'method']);
    }
    if (!function_exists('check_token') || !function_exists('oxide_hestiacp_FileManagerAction')) {
        oxide_hestiacp_fm_send(500, ['success' => false, 'error' => 'the file manager is not available on this installation', 'kind' => 'unavailable']);
    }
    // WHMCS's CSRF protection: ends the request when the form's token is not the session's.
    check_token('WHMCS.default');

    $fields = ['client' => (string) oxide_hestiacp_fm_client_id()];
    foreach (OXIDE_HESTIACP_FM_FIELDS as $key) {
        if (isset($_POST[$key]) && is_string($_POST[$key])) {
            $fields[$key] = $_POST[$key];
        }
    }
    if (isset($_POST['paths']) && is_array($_POST['paths'])) {
        $fields['paths'] = array_values(array_filter($_POST['paths'], 'is_string'));
    }
    $params['fileManager'] = $fields;
    $result = oxide_hestiacp_FileManagerAction($params);
    if (!is_array($result)) {
        $result = ['success' => false, 'error' => 'the file manager gave no answer', 'kind' => 'unavailable'];
    }
    if (($fields['action'] ?? '') === 'download' && !empty($result['success'])) {
        oxide_hestiacp_fm_download((string) $result['name'], (string) $result['content']);
    }
    oxide_hestiacp_fm_send(200, $result);
}

/** The logged-in client: WHMCS 8's current user, else the classic session key. */
function oxide_hestiacp_fm_client_id(): int
{
    if (class_exists('\WHMCS\Authentication\CurrentUser')) {
        $client = (new \WHMCS\Authentication\CurrentUser())->client();
        if ($client) {
            return (int) $client->id;
        }
    }
    return (int) ($_SESSION['uid'] ?? 0);
}

function oxide_hestiacp_fm_send(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json; charset=utf-8');
    header('Cache-Control: no-store');
    header('X-Content-Type-Options: nosniff');
    echo json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
    oxide_hestiacp_fm_exit();
}

function oxide_hestiacp_fm_download(string $name, string $content): void
{
    $ascii = preg_replace('/[^A-Za-z0-9._-]/', '_', $name) ?: 'download';
    header('Content-Type: application/octet-stream');
    header('Content-Disposition: attachment; filename="' . $ascii . '"; filename*=UTF-8\'\'' . rawurlencode($name));
    header('Content-Length: ' . strlen($content));
    header('Cache-Control: no-store');
    header('X-Content-Type-Options: nosniff');
    echo $content;
    oxide_hestiacp_fm_exit();
}

function oxide_hestiacp_fm_exit(): void
{
    if (class_exists('\WHMCS\Terminus')) {
        \WHMCS\Terminus::getInstance()->doExit();
    }
    exit;
}
