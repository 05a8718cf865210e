--TEST--
Every exported function, called with [] as WHMCS's sample-module test does, returns its documented type
--EXTENSIONS--
whmcs_oxide
--FILE--
<?php
$arrays = ['MetaData', 'ConfigOptions', 'TestConnection', 'AdminCustomButtonArray', 'ClientAreaCustomButtonArray',
    'ClientAreaAllowedFunctions', 'AdminServicesTabFields', 'ServiceSingleSignOn', 'AdminSingleSignOn', 'ClientArea',
    'ListAccounts'];
$strings = ['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount', 'ChangePassword',
    'ChangePackage', 'Renew', 'UsageUpdate', 'LoginLink', 'AdminLink'];
$bad = 0;
$count = 0;
foreach ((new ReflectionExtension('whmcs_oxide'))->getFunctions() as $fn) {
    $name = $fn->getName();
    // Module functions only: whmcs_oxide_adopt*() take typed arguments of their own
    // (AdoptTest checks them).
    if (!str_starts_with($name, 'oxide_')) {
        continue;
    }
    $suffix = preg_replace('/^oxide_[a-z]+_/', '', $name);
    $count++;
    try {
        $r = call_user_func($name, []);
    } catch (Throwable $e) {
        // Loaders are the one kind WHMCS expects to throw (an \Exception) on error.
        if (str_starts_with($suffix, 'Load') && get_class($e) === 'Exception') {
            continue;
        }
        echo "$name threw ", get_class($e), ": ", $e->getMessage(), "\n";
        $bad++;
        continue;
    }
    $ok = match (true) {
        in_array($suffix, $arrays, true) => is_array($r),
        in_array($suffix, $strings, true) => is_string($r),
        $suffix === 'AdminServicesTabFieldsSave' => $r === null,
        $suffix === 'MetricProvider' => is_object($r) || is_string($r),
        str_starts_with($suffix, 'Load') => is_array($r),
        default => is_string($r) || is_array($r),
    };
    if (!$ok) {
        echo "$name returned ", get_debug_type($r), "\n";
        $bad++;
    }
    // Also with no argument at all and with null: same types, no crash.
    foreach ([[], [null]] as $args) {
        try {
            $again = call_user_func_array($name, $args);
            if (get_debug_type($again) !== get_debug_type($r)) {
                echo "$name returned ", get_debug_type($again), " for ", count($args), " args\n";
                $bad++;
            }
        } catch (Exception $e) {
            if (!str_starts_with($suffix, 'Load')) {
                echo "$name threw for ", count($args), " args\n";
                $bad++;
            }
        }
    }
}
echo $count > 0 ? "functions checked\n" : "no functions\n";
echo "$bad bad\n";
?>
--EXPECT--
functions checked
0 bad
