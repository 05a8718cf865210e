<?php
/**
 * WHMCS\Module\AbstractWidget: the base of admin dashboard widgets returned by the
 * AdminHomeWidgets hook. WHMCS calls getData() (cached when $cache is set; the harness never
 * caches) and hands the result to generateOutput(), whose HTML it puts in the widget's panel
 * titled getTitle().
 */

namespace WHMCS\Module;

abstract class AbstractWidget
{
    protected $title = null;
    protected $description = null;
    protected $columns = 1;
    protected $weight = 100;
    protected $wrapper = true;
    protected $cache = false;
    protected $cacheExpiry = 3600;
    protected $cachePerUser = false;
    protected $requiredPermission = '';
    protected $draggable = true;

    abstract public function getData();

    abstract public function generateOutput($data);

    public function getId()
    {
        return str_replace(['\\', ' '], '', $this->title ?: get_class($this));
    }

    public function getTitle()
    {
        return $this->title;
    }

    public function getDescription()
    {
        return $this->description;
    }

    public function getColumnSize()
    {
        return (int) $this->columns;
    }

    public function getWeight()
    {
        return (int) $this->weight;
    }

    public function getRequiredPermission()
    {
        return $this->requiredPermission;
    }
}
