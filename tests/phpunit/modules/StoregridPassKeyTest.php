<?php
/**
 * Retrieve Customer Pass Key: the key lands in the right client's "Pass Key" custom field
 * (created when missing, other clients untouched), never in a log; a failed retrieval undoes
 * the signup so the create can simply be retried.
 */

require_once __DIR__ . '/StoregridTestCase.php';

final class StoregridPassKeyTest extends StoregridTestCase
{
    private function passKeyProduct(array $overrides = []): int
    {
        return $this->product($overrides + ['Retrieve Customer Pass Key' => 'on']);
    }

    public function testThePassKeyLandsInTheClientsFieldOnly(): void
    {
        $field = $this->host->addClientCustomField('Pass Key');
        $other = $this->host->createClient(['email' => 'bob@example.com']);
        $this->host->setCustomFieldValue($field, $other, 'BOBS-OWN-KEY');
        $id = $this->newService($this->passKeyProduct());

        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $key = $this->secret($this->account('ada')['pass_key']);
        $this->assertMatchesRegularExpression('/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/', $key);
        $this->assertSame($key, $this->host->customFieldValue('Pass Key', $this->clientId));
        $this->assertSame('BOBS-OWN-KEY', $this->host->customFieldValue('Pass Key', $other));
        $this->assertSame($key, $this->host->params($id)['clientsdetails']['customfields1'] ?? null,
            'what the welcome e-mail merge field {$client_custom_fields.0} reads');
        $this->assertSame(['SignupCustomer', 'GetPassKey'], $this->actions());
        $this->assertStringContainsString(str_repeat('*', strlen($key)), json_encode($this->host->moduleLog()),
            'masked in the module log although it was new to the module');
    }

    public function testTheFieldIsCreatedWhenMissingAndALabelledFieldIsFound(): void
    {
        $id = $this->newService($this->passKeyProduct());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $key = $this->secret($this->account('ada')['pass_key']);
        $this->assertSame($key, $this->host->customFieldValue('Pass Key', $this->clientId));
        $fields = Illuminate\Database\Capsule\Manager::table('tblcustomfields')->where('type', 'client')->get();
        $this->assertCount(1, $fields);
        $this->assertSame('text', $fields[0]->fieldtype);

        // A second client, a field named with a display label, another field name setting.
        $this->host->addClientCustomField('Backup Key|Your backup pass key');
        $grace = $this->host->createClient(['firstname' => 'Grace', 'email' => 'grace@example.com']);
        $id2 = $this->newService($this->passKeyProduct(['Pass Key Field' => 'Backup Key']), ['userid' => $grace]);
        $this->assertSame('success', $this->service($id2, 'CreateAccount'));
        $key2 = $this->secret($this->account('grace')['pass_key']);
        $this->assertNotSame($key, $key2);
        $this->assertSame($key2, $this->host->customFieldValue('Backup Key', $grace));
        $this->assertNull($this->host->customFieldValue('Pass Key', $grace));
        $this->assertSame($key, $this->host->customFieldValue('Pass Key', $this->clientId), 'Ada keeps hers');
    }

    public function testAFailedRetrievalRemovesTheNewAccountAndARetrySucceeds(): void
    {
        $id = $this->newService($this->passKeyProduct());
        $this->panel->control('POST', '/faults', ['route' => 'GetPassKey', 'kind' => 'status', 'status' => 500, 'body' => 'boom', 'times' => 1]);

        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('GetPassKey', $r);
        $this->assertStringContainsString('(the new account ada was removed again)', $r);
        $this->assertNull($this->account('ada'));
        $this->assertNull($this->host->customFieldValue('Pass Key', $this->clientId));

        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->secret($this->account('ada')['pass_key']);
        $this->assertSame($this->account('ada')['pass_key'], $this->host->customFieldValue('Pass Key', $this->clientId));
        $this->assertSame(['SignupCustomer', 'GetPassKey', 'DeleteAccount', 'SignupCustomer', 'GetPassKey'], $this->actions());
    }

    public function testTheAdminButtonFetchesTheKeyAgain(): void
    {
        $id = $this->newService($this->passKeyProduct());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $key = $this->secret($this->account('ada')['pass_key']);
        Illuminate\Database\Capsule\Manager::table('tblcustomfieldsvalues')->update(['value' => '']);
        $this->assertSame([
            'Retrieve pass key' => 'RetrievePassKey', 'Re-apply settings' => 'ReapplySettings',
            'Drift: apply WHMCS status to panel' => 'DriftApplyStatus', 'Drift: check now' => 'DriftCheckServer',
        ], $this->service($id, 'AdminCustomButtonArray'));
        $this->assertSame('success', $this->service($id, 'RetrievePassKey'));
        $this->assertSame($key, $this->host->customFieldValue('Pass Key', $this->clientId));
    }
}
