-- WHMCS tables that server modules and the harness touch, with WHMCS's real column names.
--
-- Portable on purpose: it is loaded by the PHP harness (SQLite through Laravel), by the Rust
-- test double (rusqlite) and must also load on MySQL/MariaDB. Rules kept here:
--   * one statement per semicolon, and no semicolons inside comments or strings
--   * ids are "INTEGER PRIMARY KEY" (an SQLite rowid alias, so ids are assigned) followed by
--     a MySQL executable comment that SQLite ignores and MySQL/MariaDB run as AUTO_INCREMENT
--   * TEXT columns have no DEFAULT (older MySQL refuses one), so they are nullable
--   * `order` is a reserved word in MySQL: back-quoted (SQLite accepts back-quotes too)
--   * no CREATE INDEX (MySQL has no IF NOT EXISTS for it), the tables are tiny anyway
-- Subsets only: columns a module or the harness reads, not WHMCS's full definitions.

CREATE TABLE IF NOT EXISTS tblclients (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    uuid VARCHAR(64) NOT NULL DEFAULT '',
    firstname VARCHAR(255) NOT NULL DEFAULT '',
    lastname VARCHAR(255) NOT NULL DEFAULT '',
    companyname VARCHAR(255) NOT NULL DEFAULT '',
    email VARCHAR(255) NOT NULL DEFAULT '',
    address1 VARCHAR(255) NOT NULL DEFAULT '',
    address2 VARCHAR(255) NOT NULL DEFAULT '',
    city VARCHAR(255) NOT NULL DEFAULT '',
    state VARCHAR(255) NOT NULL DEFAULT '',
    postcode VARCHAR(64) NOT NULL DEFAULT '',
    country VARCHAR(8) NOT NULL DEFAULT '',
    phonenumber VARCHAR(64) NOT NULL DEFAULT '',
    tax_id VARCHAR(128) NOT NULL DEFAULT '',
    password TEXT,
    currency INTEGER NOT NULL DEFAULT 1,
    defaultgateway VARCHAR(64) NOT NULL DEFAULT '',
    credit DECIMAL(16,2) NOT NULL DEFAULT 0,
    taxexempt TINYINT NOT NULL DEFAULT 0,
    latefeeoveride TINYINT NOT NULL DEFAULT 0,
    overideduenotices TINYINT NOT NULL DEFAULT 0,
    separateinvoices TINYINT NOT NULL DEFAULT 0,
    disableautocc TINYINT NOT NULL DEFAULT 0,
    datecreated DATE NULL,
    notes TEXT,
    billingcid INTEGER NOT NULL DEFAULT 0,
    groupid INTEGER NOT NULL DEFAULT 0,
    lastlogin DATETIME NULL,
    ip VARCHAR(64) NOT NULL DEFAULT '',
    host VARCHAR(255) NOT NULL DEFAULT '',
    status VARCHAR(32) NOT NULL DEFAULT 'Active',
    language VARCHAR(64) NOT NULL DEFAULT '',
    emailoptout TINYINT NOT NULL DEFAULT 0,
    marketing_emails_opt_in TINYINT NOT NULL DEFAULT 0,
    overrideautoclose TINYINT NOT NULL DEFAULT 0,
    allow_sso TINYINT NOT NULL DEFAULT 1,
    email_verified TINYINT NOT NULL DEFAULT 0,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tbladmins (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    uuid VARCHAR(64) NOT NULL DEFAULT '',
    roleid INTEGER NOT NULL DEFAULT 1,
    username VARCHAR(255) NOT NULL DEFAULT '',
    password TEXT,
    firstname VARCHAR(255) NOT NULL DEFAULT '',
    lastname VARCHAR(255) NOT NULL DEFAULT '',
    email VARCHAR(255) NOT NULL DEFAULT '',
    disabled TINYINT NOT NULL DEFAULT 0,
    language VARCHAR(64) NOT NULL DEFAULT '',
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblconfiguration (
    setting VARCHAR(64) NOT NULL PRIMARY KEY,
    value TEXT,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblservers (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    name VARCHAR(255) NOT NULL DEFAULT '',
    ipaddress VARCHAR(255) NOT NULL DEFAULT '',
    assignedips TEXT,
    hostname VARCHAR(255) NOT NULL DEFAULT '',
    monthlycost DECIMAL(16,2) NOT NULL DEFAULT 0,
    noc VARCHAR(255) NOT NULL DEFAULT '',
    statusaddress VARCHAR(255) NOT NULL DEFAULT '',
    nameserver1 VARCHAR(255) NOT NULL DEFAULT '',
    nameserver1ip VARCHAR(64) NOT NULL DEFAULT '',
    nameserver2 VARCHAR(255) NOT NULL DEFAULT '',
    nameserver2ip VARCHAR(64) NOT NULL DEFAULT '',
    nameserver3 VARCHAR(255) NOT NULL DEFAULT '',
    nameserver3ip VARCHAR(64) NOT NULL DEFAULT '',
    nameserver4 VARCHAR(255) NOT NULL DEFAULT '',
    nameserver4ip VARCHAR(64) NOT NULL DEFAULT '',
    nameserver5 VARCHAR(255) NOT NULL DEFAULT '',
    nameserver5ip VARCHAR(64) NOT NULL DEFAULT '',
    maxaccounts INTEGER NOT NULL DEFAULT 0,
    type VARCHAR(64) NOT NULL DEFAULT '',
    username VARCHAR(255) NOT NULL DEFAULT '',
    password TEXT,
    accesshash TEXT,
    secure VARCHAR(8) NOT NULL DEFAULT '',
    port INTEGER NULL,
    active TINYINT NOT NULL DEFAULT 0,
    disabled TINYINT NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblservergroups (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    name VARCHAR(255) NOT NULL DEFAULT '',
    filltype INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS tblservergroupsrel (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    groupid INTEGER NOT NULL DEFAULT 0,
    serverid INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblproductgroups (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    name VARCHAR(255) NOT NULL DEFAULT '',
    slug VARCHAR(255) NOT NULL DEFAULT '',
    headline TEXT,
    tagline TEXT,
    hidden TINYINT NOT NULL DEFAULT 0,
    `order` INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblproducts (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    type VARCHAR(32) NOT NULL DEFAULT 'hostingaccount',
    gid INTEGER NOT NULL DEFAULT 0,
    name VARCHAR(255) NOT NULL DEFAULT '',
    slug VARCHAR(255) NOT NULL DEFAULT '',
    description TEXT,
    hidden TINYINT NOT NULL DEFAULT 0,
    paytype VARCHAR(32) NOT NULL DEFAULT 'recurring',
    autosetup VARCHAR(32) NOT NULL DEFAULT '',
    servertype VARCHAR(64) NOT NULL DEFAULT '',
    servergroup INTEGER NOT NULL DEFAULT 0,
    configoption1 TEXT,
    configoption2 TEXT,
    configoption3 TEXT,
    configoption4 TEXT,
    configoption5 TEXT,
    configoption6 TEXT,
    configoption7 TEXT,
    configoption8 TEXT,
    configoption9 TEXT,
    configoption10 TEXT,
    configoption11 TEXT,
    configoption12 TEXT,
    configoption13 TEXT,
    configoption14 TEXT,
    configoption15 TEXT,
    configoption16 TEXT,
    configoption17 TEXT,
    configoption18 TEXT,
    configoption19 TEXT,
    configoption20 TEXT,
    configoption21 TEXT,
    configoption22 TEXT,
    configoption23 TEXT,
    configoption24 TEXT,
    retired TINYINT NOT NULL DEFAULT 0,
    `order` INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblorders (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    ordernum VARCHAR(32) NOT NULL DEFAULT '',
    userid INTEGER NOT NULL DEFAULT 0,
    date DATETIME NULL,
    amount DECIMAL(16,2) NOT NULL DEFAULT 0,
    paymentmethod VARCHAR(64) NOT NULL DEFAULT '',
    invoiceid INTEGER NOT NULL DEFAULT 0,
    status VARCHAR(32) NOT NULL DEFAULT 'Pending',
    ipaddress VARCHAR(64) NOT NULL DEFAULT '',
    notes TEXT
);

CREATE TABLE IF NOT EXISTS tblhosting (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    userid INTEGER NOT NULL DEFAULT 0,
    orderid INTEGER NOT NULL DEFAULT 0,
    packageid INTEGER NOT NULL DEFAULT 0,
    server INTEGER NOT NULL DEFAULT 0,
    regdate DATE NULL,
    domain VARCHAR(255) NOT NULL DEFAULT '',
    paymentmethod VARCHAR(64) NOT NULL DEFAULT '',
    qty INTEGER NOT NULL DEFAULT 1,
    firstpaymentamount DECIMAL(16,2) NOT NULL DEFAULT 0,
    amount DECIMAL(16,2) NOT NULL DEFAULT 0,
    billingcycle VARCHAR(32) NOT NULL DEFAULT '',
    nextduedate DATE NULL,
    nextinvoicedate DATE NULL,
    termination_date DATE NULL,
    completed_date DATE NULL,
    domainstatus VARCHAR(32) NOT NULL DEFAULT 'Pending',
    username VARCHAR(255) NOT NULL DEFAULT '',
    password TEXT,
    notes TEXT,
    subscriptionid VARCHAR(255) NOT NULL DEFAULT '',
    promoid INTEGER NOT NULL DEFAULT 0,
    suspendreason TEXT,
    overideautosuspend TINYINT NOT NULL DEFAULT 0,
    overidesuspenduntil DATE NULL,
    dedicatedip VARCHAR(255) NOT NULL DEFAULT '',
    assignedips TEXT,
    ns1 VARCHAR(255) NOT NULL DEFAULT '',
    ns2 VARCHAR(255) NOT NULL DEFAULT '',
    diskusage INTEGER NOT NULL DEFAULT 0,
    disklimit INTEGER NOT NULL DEFAULT 0,
    bwusage INTEGER NOT NULL DEFAULT 0,
    bwlimit INTEGER NOT NULL DEFAULT 0,
    lastupdate DATETIME NULL,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblcustomfields (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    type VARCHAR(32) NOT NULL DEFAULT 'product',
    relid INTEGER NOT NULL DEFAULT 0,
    fieldname VARCHAR(255) NOT NULL DEFAULT '',
    fieldtype VARCHAR(32) NOT NULL DEFAULT 'text',
    description TEXT,
    fieldoptions TEXT,
    regexpr TEXT,
    adminonly VARCHAR(8) NOT NULL DEFAULT '',
    required VARCHAR(8) NOT NULL DEFAULT '',
    showorder VARCHAR(8) NOT NULL DEFAULT '',
    showinvoice VARCHAR(8) NOT NULL DEFAULT '',
    sortorder INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblcustomfieldsvalues (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    fieldid INTEGER NOT NULL DEFAULT 0,
    relid INTEGER NOT NULL DEFAULT 0,
    value TEXT,
    created_at DATETIME NULL,
    updated_at DATETIME NULL
);

CREATE TABLE IF NOT EXISTS tblproductconfiggroups (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    name VARCHAR(255) NOT NULL DEFAULT '',
    description TEXT
);

CREATE TABLE IF NOT EXISTS tblproductconfiglinks (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    gid INTEGER NOT NULL DEFAULT 0,
    pid INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblproductconfigoptions (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    gid INTEGER NOT NULL DEFAULT 0,
    optionname VARCHAR(255) NOT NULL DEFAULT '',
    optiontype INTEGER NOT NULL DEFAULT 1,
    qtyminimum INTEGER NOT NULL DEFAULT 0,
    qtymaximum INTEGER NOT NULL DEFAULT 0,
    `order` INTEGER NOT NULL DEFAULT 0,
    hidden TINYINT NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblproductconfigoptionssub (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    configid INTEGER NOT NULL DEFAULT 0,
    optionname VARCHAR(255) NOT NULL DEFAULT '',
    sortorder INTEGER NOT NULL DEFAULT 0,
    hidden TINYINT NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblhostingconfigoptions (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    relid INTEGER NOT NULL DEFAULT 0,
    configid INTEGER NOT NULL DEFAULT 0,
    optionid INTEGER NOT NULL DEFAULT 0,
    qty INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS tblmodulelog (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    date DATETIME NULL,
    module VARCHAR(255) NOT NULL DEFAULT '',
    action VARCHAR(255) NOT NULL DEFAULT '',
    request TEXT,
    response TEXT,
    arrdata TEXT
);

CREATE TABLE IF NOT EXISTS tblactivitylog (
    id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */,
    date DATETIME NULL,
    description TEXT,
    user VARCHAR(255) NOT NULL DEFAULT '',
    userid INTEGER NOT NULL DEFAULT 0,
    user_id INTEGER NOT NULL DEFAULT 0,
    admin_id INTEGER NOT NULL DEFAULT 0,
    ipaddr VARCHAR(64) NOT NULL DEFAULT ''
);
