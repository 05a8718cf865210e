<?php
/** Sizes in bytes; base of KiloBytes/MegaBytes/GigaBytes. */

namespace WHMCS\UsageBilling\Metrics\Units;

class Bytes extends FloatingPoint
{
    /** Binary multiples, keyed by suffix. */
    private const FACTORS = ['B' => 1, 'KB' => 1024, 'MB' => 1048576, 'GB' => 1073741824];

    public function __construct($name = 'Bytes', $singlePerUnitName = 'Byte', $pluralPerUnitName = 'Bytes', $prefix = null, $suffix = 'B')
    {
        parent::__construct($name, $singlePerUnitName, $pluralPerUnitName, $prefix, $suffix);
    }

    /**
     * Convert between byte units. $from/$to: a suffix ("B", "KB", "MB", "GB") or a Bytes
     * instance (its suffix is used). The argument form is the harness's reading of WHMCS's
     * undocumented parameters.
     */
    public static function convert($value, $from, $to)
    {
        $factor = static function ($unit): int {
            $key = strtoupper($unit instanceof self ? $unit->suffix() : (string) $unit);
            if (!isset(self::FACTORS[$key])) {
                throw new \InvalidArgumentException("unknown byte unit: $key");
            }
            return self::FACTORS[$key];
        };
        return (float) $value * $factor($from) / $factor($to);
    }
}
