{extends file="layout.tpl"}
{block name=content}<h1>{$title|escape}</h1>{/block}
