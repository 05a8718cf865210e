<?php
/**
 * The "Username rule": macros {domain}, {client_id}, {service_id}, {random_letter_N},
 * {random_digit_N} and literal prefixes; the result normalised to HestiaCP's rules and made
 * unique against the panel and tblhosting. WHMCS's username is then overwritten with it.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class HestiaUsernameRuleTest extends HestiaLifecycleTestCase
{
    /** Creates a service with `$rule` and returns the username the panel got. */
    private function createdWith(string $rule, string $domain = 'shop.example', array $fields = []): string
    {
        $id = $this->newService($this->product(['Username rule' => $rule]), $domain, $fields);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $names = $this->panelUserNames();
        // The last v-add-user is the one that worked (a taken name is refused with E_EXISTS).
        $tries = count(array_keys($this->commands(), 'v-add-user', true));
        $name = $this->argsOf('v-add-user', $tries - 1)[1];
        $this->assertContains($name, $names);
        $this->assertSame($name, $this->host->service($id)['username'], 'WHMCS gets the chosen username');
        return $name;
    }

    public function testServiceIdMacroWithPrefix(): void
    {
        $id = $this->newService($this->product(['Username rule' => 'web{service_id}']));
        $this->service($id, 'CreateAccount');
        $this->assertSame("web$id", $this->host->service($id)['username']);
        $this->assertNotNull($this->panelUser("web$id"));
    }

    public function testClientIdMacro(): void
    {
        $this->assertSame("c{$this->clientId}x", $this->createdWith('c{client_id}x'));
    }

    public function testDomainMacroIsNormalisedToHestiaRules(): void
    {
        $this->assertSame('my-shopexample', $this->createdWith('{domain}', 'www.My-Shop.Example'));
    }

    public function testLeadingDigitsOfTheDomainAreDropped(): void
    {
        $this->assertSame('shopexample', $this->createdWith('{domain}', '123shop.example'));
    }

    public function testRandomLetterAndDigitMacros(): void
    {
        $this->assertMatchesRegularExpression('/^u[a-z]{4}[0-9]{3}$/', $this->createdWith('u{random_letter_4}{random_digit_3}'));
    }

    public function testUpperCaseDotsAndSpacesAreNormalised(): void
    {
        $this->assertSame('hostc' . $this->clientId, $this->createdWith('Host.C {client_id}'));
    }

    public function testLongResultIsCutToThirtyCharacters(): void
    {
        $name = $this->createdWith('{domain}', 'a-very-long-shop-name-for-testing.example');
        $this->assertSame(30, strlen($name));
        $this->assertSame('a-very-long-shop-name-for-test', $name);
    }

    public function testRuleWinsOverWhmcsUsername(): void
    {
        $this->assertSame('site' . $this->clientId, $this->createdWith('site{client_id}', 'shop.example', ['username' => 'shopuser']));
        $this->assertNull($this->panelUser('shopuser'));
    }

    public function testNameOfAnotherPanelUserGetsASuffix(): void
    {
        $this->addPanelUser('shopexample');
        $this->assertSame('shopexample1', $this->createdWith('{domain}'));
        // The taken name is refused by the panel (E_EXISTS) and the next one tried: no look-ups.
        $this->assertSame(['v-add-user', 'v-add-user'], $this->commands());
        $this->assertSame('someone@else.example', $this->panelUser('shopexample')['CONTACT'], 'the other account is untouched');
    }

    public function testNameOfTheSameClientsOtherAccountIsNotTakenOver(): void
    {
        $this->addPanelUser('shopexample', ['CONTACT' => 'ada@example.com']);
        $this->assertSame('shopexample1', $this->createdWith('{domain}'));
        $this->assertSame(['shopexample', 'shopexample1'], $this->panelUserNames());
    }

    public function testNameOfAnotherWhmcsServiceGetsASuffix(): void
    {
        $other = $this->newService($this->product(), 'shop.example', ['username' => 'shopexample', 'domainstatus' => 'Active']);
        $this->assertSame('shopexample1', $this->createdWith('{domain}'));
        $this->assertNotContains('shopexample', $this->panelUserNames());
        $this->assertSame(2, Capsule::table('tblhosting')->count());
        $this->assertSame('shopexample', $this->host->service($other)['username']);
    }

    public function testSuffixesCountUpPastSeveralTakenNames(): void
    {
        $this->addPanelUser('shopexample');
        $this->addPanelUser('shopexample1');
        $this->newService($this->product(), 'x.example', ['username' => 'shopexample2']);
        $this->assertSame('shopexample3', $this->createdWith('{domain}'));
    }

    public function testWithoutARuleWhmcsUsernameIsUsed(): void
    {
        $this->assertSame('shopuser', $this->createdWith('', 'shop.example', ['username' => 'shopuser']));
    }

    public function testWithoutARuleAnotherClientsPanelUserIsAnError(): void
    {
        $this->addPanelUser('shopuser');
        $id = $this->newService($this->product(), 'shop.example', ['username' => 'shopuser']);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('already has a user `shopuser`', $r);
        // Refused by the panel (E_EXISTS), one look names the owner: nothing changed.
        $this->assertSame(['v-add-user', 'v-list-user'], $this->commands());
        $this->assertSame('someone@else.example', $this->panelUser('shopuser')['CONTACT']);
    }
}
