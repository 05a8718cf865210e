<?php
/**
 * Counts statement executions on WHMCS's PDO (installed with PDO::ATTR_STATEMENT_CLASS), so a
 * benchmark can report how many database statements a module call ran.
 */

final class CountingStatement extends PDOStatement
{
    public static int $executions = 0;
    public static int $prepared = 0;

    protected function __construct()
    {
        self::$prepared++;
    }

    public function execute(?array $params = null): bool
    {
        self::$executions++;
        return parent::execute($params);
    }
}
