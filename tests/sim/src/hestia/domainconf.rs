//! The web.conf / dns.conf / mail.conf lines v-add-*-domain write.

use super::clock;
use super::state::Conf;

fn c(pairs: &[(&str, &str)]) -> Conf {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// PROXY_EXT default of v-add-web-domain.
pub const PROXY_EXT: &str = "css,htm,html,js,mjs,json,xml,apng,avif,bmp,cur,gif,ico,jfif,jpg,jpeg,pjp,pjpeg,png,svg,tif,tiff,webp,aac,caf,flac,m4a,midi,mp3,ogg,opus,wav,3gp,av1,avi,m4v,mkv,mov,mpg,mpeg,mp4,mp4v,webm,otf,ttf,woff,woff2,doc,docx,odf,odp,ods,odt,pdf,ppt,pptx,rtf,txt,xls,xlsx,7z,bz2,gz,rar,tar,tgz,zip,apk,appx,bin,dmg,exe,img,iso,jar,msi,webmanifest";

pub fn web(
    domain: &str,
    ip: &str,
    alias: &str,
    tpl: &str,
    backend: &str,
    proxy: &str,
    proxy_ext: &str,
) -> Conf {
    let (time, date) = clock::now_time_date();
    c(&[
        ("DOMAIN", domain),
        ("IP", ip),
        ("IP6", ""),
        ("CUSTOM_DOCROOT", ""),
        ("ALIAS", alias),
        ("TPL", tpl),
        ("SSL", "no"),
        ("SSL_FORCE", "no"),
        ("SSL_HOME", "same"),
        ("LETSENCRYPT", "no"),
        ("FTP_USER", ""),
        ("FTP_MD5", ""),
        ("BACKEND", backend),
        ("PROXY", proxy),
        ("PROXY_EXT", proxy_ext),
        ("STATS", ""),
        ("STATS_USER", ""),
        ("STATS_CRYPT", ""),
        ("U_DISK", "0"),
        ("U_BANDWIDTH", "0"),
        ("SUSPENDED", "no"),
        ("TIME", &time),
        ("DATE", &date),
    ])
}

pub fn dns(domain: &str, ip: &str, tpl: &str, soa: &str, records: usize) -> Conf {
    let (time, date) = clock::now_time_date();
    let serial = format!("{}01", date.replace('-', ""));
    let exp = {
        // One year ahead, like `date +%F -d "+1 year"`.
        let (y, rest) = date.split_at(4);
        format!("{}{}", y.parse::<i64>().unwrap_or(2025) + 1, rest)
    };
    c(&[
        ("DOMAIN", domain),
        ("IP", ip),
        ("TPL", tpl),
        ("TTL", "14400"),
        ("EXP", &exp),
        ("SOA", soa),
        ("SERIAL", &serial),
        ("SRC", ""),
        ("RECORDS", &records.to_string()),
        ("DNSSEC", "no"),
        ("KEY", ""),
        ("SLAVE", "no"),
        ("MASTER", ""),
        ("SUSPENDED", "no"),
        ("TIME", &time),
        ("DATE", &date),
    ])
}

pub fn mail(
    domain: &str,
    antispam: &str,
    antivirus: &str,
    dkim: &str,
    reject: &str,
    rate_limit: &str,
) -> Conf {
    let (time, date) = clock::now_time_date();
    c(&[
        ("DOMAIN", domain),
        ("ANTIVIRUS", antivirus),
        ("ANTISPAM", antispam),
        ("REJECT", reject),
        ("DKIM", dkim),
        ("WEBMAIL", "roundcube"),
        ("SSL", "no"),
        ("LETSENCRYPT", "no"),
        ("CATCHALL", ""),
        ("ACCOUNTS", "0"),
        ("RATE_LIMIT", rate_limit),
        ("U_DISK", "0"),
        ("SUSPENDED", "no"),
        ("TIME", &time),
        ("DATE", &date),
    ])
}
