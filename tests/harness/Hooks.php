<?php
/**
 * The hook registry behind add_hook()/run_hook().
 *
 * WHMCS runs the callbacks of a hook point in ascending priority (equal priorities in the
 * order they were added), passes each the same $vars, collects non-null returns, and
 * catches an exception thrown by one hook so the others (and the page) still run; the
 * failure is written to the activity log.
 */

namespace Oxide\Harness;

final class Hooks
{
    /** @var array<string, list<array{priority:int, seq:int, callback:mixed, source:?string}>> */
    private static array $hooks = [];
    private static int $seq = 0;
    /** The hooks.php file being included right now (module hooks survive a reset). */
    private static ?string $loading = null;
    /** @var array<string, true> hooks files already loaded */
    private static array $loaded = [];

    public static function add($hookPoint, $priority, $callback): void
    {
        self::$hooks[(string) $hookPoint][] = [
            'priority' => (int) $priority,
            'seq' => self::$seq++,
            'callback' => $callback,
            'source' => self::$loading,
        ];
    }

    /**
     * Run every callback of a hook point.
     *
     * @return list<mixed> the non-null return values, in run order
     */
    public static function run(string $hookPoint, array $vars): array
    {
        $hooks = self::$hooks[$hookPoint] ?? [];
        usort($hooks, static fn ($a, $b) => [$a['priority'], $a['seq']] <=> [$b['priority'], $b['seq']]);

        $results = [];
        foreach ($hooks as $hook) {
            try {
                if (!is_callable($hook['callback'])) {
                    throw new \RuntimeException('hook function is not callable');
                }
                $result = call_user_func($hook['callback'], $vars);
                if ($result !== null) {
                    $results[] = $result;
                }
            } catch (\Throwable $e) {
                \logActivity(sprintf('Hook Error: %s: %s: %s', $hookPoint, get_class($e), $e->getMessage()));
            }
        }
        return $results;
    }

    /** include_once a hooks.php, remembering that what it adds belongs to a module. */
    public static function loadFile(string $file): void
    {
        $real = realpath($file) ?: $file;
        if (isset(self::$loaded[$real])) {
            return;
        }
        self::$loaded[$real] = true;
        self::$loading = $real;
        try {
            include_once $real;
        } finally {
            self::$loading = null;
        }
    }

    /** Forget hooks added by tests; hooks from module hooks.php files stay (they load once). */
    public static function resetNonModuleHooks(): void
    {
        foreach (self::$hooks as $point => $hooks) {
            self::$hooks[$point] = array_values(array_filter($hooks, static fn ($h) => $h['source'] !== null));
        }
    }

    /** @return int how many callbacks a hook point has */
    public static function count(string $hookPoint): int
    {
        return count(self::$hooks[$hookPoint] ?? []);
    }
}
