<?php
/**
 * What the adoption tests measure on the WHMCS side: every row of every table (to prove a
 * dry run or a restore leaves them byte-identical) and the number of rows written through
 * the WHMCS connection (SQLite's total_changes(), MariaDB's session Com_* counters).
 */

use Illuminate\Database\Capsule\Manager as Capsule;

trait AdoptionChecks
{
    /** Rows written (inserted, updated, deleted) on the WHMCS connection so far. */
    protected function writesSoFar(): int
    {
        $db = Capsule::connection();
        if ($db->getDriverName() === 'sqlite') {
            return (int) $db->selectOne('SELECT total_changes() AS n')->n;
        }
        $rows = $db->select("SHOW SESSION STATUS WHERE Variable_name IN ('Com_insert', 'Com_insert_select', "
            . "'Com_update', 'Com_update_multi', 'Com_delete', 'Com_delete_multi', 'Com_replace', 'Com_replace_select', "
            . "'Com_create_table', 'Com_alter_table', 'Com_drop_table', 'Com_truncate')");
        return array_sum(array_map(static fn ($r) => (int) $r->Value, $rows));
    }

    /** @return string[] the database's tables */
    protected function tableNames(): array
    {
        $db = Capsule::connection();
        $rows = $db->getDriverName() === 'sqlite'
            ? $db->select("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            : $db->select('SHOW TABLES');
        $names = array_map(static fn ($r) => (string) array_values((array) $r)[0], $rows);
        sort($names);
        return $names;
    }

    /** Every row of every table but the module log, as stored. */
    protected function everyRow(array $except = ['tblmodulelog']): array
    {
        $out = [];
        foreach (array_diff($this->tableNames(), $except) as $t) {
            $out[$t] = array_map(static fn ($r) => (array) $r, Capsule::table($t)->get()->all());
        }
        return $out;
    }

    protected function moduleLogRows(): int
    {
        return Capsule::table('tblmodulelog')->count();
    }

    /** whmcs_oxide_adopt() through PHP, remembering what came back for the secret check. */
    protected function adopt(int $pid, string $module, bool $apply = false): array
    {
        $r = whmcs_oxide_adopt($pid, $module, $apply);
        $this->returned[] = $r;
        return $r;
    }

    /** One service's line of a report, by id. */
    protected function serviceResult(array $report, int $id): array
    {
        foreach ($report['services'] as $s) {
            if ($s['id'] === $id) {
                return $s['result'];
            }
        }
        $this->fail("service $id is not in the report");
    }

    protected function settingValue(array $report, string $setting): string
    {
        foreach ($report['settings'] as $s) {
            if ($s['setting'] === $setting) {
                return $s['value'];
            }
        }
        $this->fail("setting $setting is not in the report");
    }
}
