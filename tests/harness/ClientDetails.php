<?php
/**
 * A client's details as WHMCS returns them: $params['clientsdetails'] and the "client"
 * block of localAPI('GetClientsDetails'). Key names and types follow the documented
 * GetClientsDetails response (ints for ids, bools for flags, strings otherwise).
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class ClientDetails
{
    /** Small lookup so countryname/phonecc look real; unknown codes fall back to the code / "". */
    private const COUNTRIES = [
        'US' => ['United States', '1'], 'GB' => ['United Kingdom', '44'], 'DE' => ['Germany', '49'],
        'NL' => ['Netherlands', '31'], 'FR' => ['France', '33'], 'CA' => ['Canada', '1'],
        'AU' => ['Australia', '61'], 'IN' => ['India', '91'], 'ES' => ['Spain', '34'],
        'IT' => ['Italy', '39'],
    ];

    /** @return array|null null when the client does not exist */
    public static function build(int $clientId): ?array
    {
        $c = Capsule::table('tblclients')->where('id', $clientId)->first();
        if ($c === null) {
            return null;
        }
        [$countryName, $phoneCc] = self::COUNTRIES[strtoupper((string) $c->country)] ?? [(string) $c->country, ''];
        $phone = (string) $c->phonenumber;
        $formatted = $phoneCc !== '' && $phone !== '' ? '+' . $phoneCc . '.' . preg_replace('/\D/', '', $phone) : $phone;

        $d = [
            'client_id' => (int) $c->id,
            'userid' => (int) $c->id,
            'id' => (int) $c->id,
            'uuid' => (string) $c->uuid,
            'firstname' => (string) $c->firstname,
            'lastname' => (string) $c->lastname,
            'fullname' => trim($c->firstname . ' ' . $c->lastname),
            'companyname' => (string) $c->companyname,
            'email' => (string) $c->email,
            'address1' => (string) $c->address1,
            'address2' => (string) $c->address2,
            'city' => (string) $c->city,
            'fullstate' => (string) $c->state,
            'state' => (string) $c->state,
            'postcode' => (string) $c->postcode,
            'countrycode' => (string) $c->country,
            'country' => (string) $c->country,
            'phonenumber' => $phone,
            'tax_id' => (string) $c->tax_id,
            'statecode' => (string) $c->state,
            'countryname' => $countryName,
            'phonecc' => $phoneCc,
            'phonenumberformatted' => $formatted,
            'telephoneNumber' => $formatted,
            'billingcid' => (int) $c->billingcid,
            'notes' => (string) $c->notes,
            'currency' => (int) $c->currency,
            'defaultgateway' => (string) $c->defaultgateway,
            'groupid' => (int) $c->groupid,
            'status' => (string) $c->status,
            'credit' => number_format((float) $c->credit, 2, '.', ''),
            'taxexempt' => (bool) $c->taxexempt,
            'latefeeoveride' => (bool) $c->latefeeoveride,
            'overideduenotices' => (bool) $c->overideduenotices,
            'separateinvoices' => (bool) $c->separateinvoices,
            'disableautocc' => (bool) $c->disableautocc,
            'emailoptout' => (bool) $c->emailoptout,
            'marketing_emails_opt_in' => (bool) $c->marketing_emails_opt_in,
            'overrideautoclose' => (bool) $c->overrideautoclose,
            'allowSingleSignOn' => (int) $c->allow_sso,
            'email_verified' => (bool) $c->email_verified,
            'language' => (string) $c->language,
            'lastlogin' => (string) $c->lastlogin,
        ];
        return $d + self::customFields((int) $c->id);
    }

    /**
     * Client custom fields, as GetClientsDetails shows them: "customfields" is a list of
     * ['id' => fieldid, 'value' => value]; "customfieldsN" repeats the value, N counting the
     * fields from 1 in display order (sortorder, then id). Values are raw (not cut at "|").
     */
    private static function customFields(int $clientId): array
    {
        $fields = Capsule::table('tblcustomfields')->where('type', 'client')
            ->orderBy('sortorder')->orderBy('id')->get();
        $out = ['customfields' => []];
        $n = 0;
        foreach ($fields as $field) {
            $value = (string) Capsule::table('tblcustomfieldsvalues')
                ->where('fieldid', $field->id)->where('relid', $clientId)->value('value');
            $out['customfields' . ++$n] = $value;
            $out['customfields'][] = ['id' => (int) $field->id, 'value' => $value];
        }
        return $out;
    }
}
