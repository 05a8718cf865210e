<?php
/**
 * Counts statement executions on WHMCS's PDO (installed with PDO::ATTR_STATEMENT_CLASS), so a
 * benchmark can report how many database statements a module call ran and how long they took.
 */

final class CountingStatement extends PDOStatement
{
    public static int $executions = 0;
    public static int $prepared = 0;
    /** Time spent in execute() and fetchAll(), in seconds. */
    public static float $seconds = 0.0;

    protected function __construct()
    {
        self::$prepared++;
    }

    public function execute(?array $params = null): bool
    {
        self::$executions++;
        $t = hrtime(true);
        try {
            return parent::execute($params);
        } finally {
            self::$seconds += (hrtime(true) - $t) / 1e9;
        }
    }

    /** Rows are read here (SQLite runs most of a SELECT while fetching): timed too. */
    public function fetchAll(int $mode = PDO::FETCH_DEFAULT, mixed ...$args): array
    {
        $t = hrtime(true);
        try {
            return parent::fetchAll($mode, ...$args);
        } finally {
            self::$seconds += (hrtime(true) - $t) / 1e9;
        }
    }
}
