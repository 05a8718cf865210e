//! The settings panel on the product's Module Settings tab (the description of the settings
//! field): bandwidth, client name rule, instruction link and the server → network tree of the
//! product's group, discovered in parallel. Its inputs have no form names: a little inline
//! script writes them into the JSON document in the settings text area, which is what WHMCS
//! saves, so unknown keys and ticks of unreachable servers survive a re-save.

use std::time::Instant;

use crate::whmcs::html;
use crate::whmcs::{Call, Input};

use super::group::{discover, group_servers, product_group, product_settings, Discovered};
use super::settings::SETTINGS_POSITION;
use super::settings_doc::{SettingsDoc, DEFAULT_RULE, MAX_MBPS};

/// Which product the page is for. WHMCS calls ConfigOptions with only `producttype` and
/// `isAddon`: the product and the group chosen on the page come from the admin request
/// (`configproducts.php?action=edit&id=N`, and the `module-settings` reload with `servergroup`).
/// Its first call, which only looks for SimpleMode fields, has no `isAddon`: no discovery then.
struct ProductContext {
    product_id: Option<i64>,
    group_id: Option<i64>,
}

impl ProductContext {
    fn of(call: &Call<'_>) -> Self {
        let p = &call.params;
        let from_page = p.get("isAddon").is_some() && !p.flag("isAddon") && on_product_page(call);
        let request = |name: &str| {
            from_page
                .then(|| request_int(call, name))
                .flatten()
                .filter(|n| *n > 0)
        };
        ProductContext {
            product_id: p.product_id().or_else(|| request("id")),
            group_id: p
                .int("servergroup")
                .filter(|g| *g > 0)
                .or_else(|| request("servergroup")),
        }
    }
}

fn request_text(call: &Call<'_>, name: &str) -> Option<String> {
    call.host
        .request_input(Input::Query, name)
        .or_else(|| call.host.request_input(Input::Form, name))
}

fn request_int(call: &Call<'_>, name: &str) -> Option<i64> {
    request_text(call, name).and_then(|v| v.trim().parse().ok())
}

fn on_product_page(call: &Call<'_>) -> bool {
    matches!(
        request_text(call, "action").as_deref(),
        Some("edit" | "module-settings" | "save")
    )
}

/// What the page shows, gathered before rendering.
struct Page {
    doc: Result<SettingsDoc, String>,
    group: Option<Result<Vec<Discovered>, String>>,
    elapsed_ms: u128,
}

/// The panel's HTML. Never fails: problems become banners on the page.
pub fn render(call: &Call<'_>) -> String {
    let context = ProductContext::of(call);
    let pid = context.product_id;
    let group_id = match context.group_id {
        Some(g) => Ok(g),
        None => match pid {
            Some(pid) => product_group(call.host, pid).map_err(|e| e.to_string()),
            None => Ok(0),
        },
    };
    let stored = match pid {
        Some(pid) => product_settings(call.host, pid)
            .map(Option::unwrap_or_default)
            .map_err(|e| e.to_string()),
        None => Ok(call
            .params
            .text(&format!("configoption{SETTINGS_POSITION}"))),
    };
    let doc = stored.and_then(|t| SettingsDoc::parse(&t).map_err(|e| e.to_string()));
    let started = Instant::now();
    let group = match group_id {
        Ok(0) => None,
        Ok(g) => Some(
            group_servers(call, g)
                .map(|servers| discover(call, &servers))
                .map_err(|e| e.to_string()),
        ),
        Err(e) => Some(Err(e)),
    };
    let page = Page {
        doc,
        group,
        elapsed_ms: started.elapsed().as_millis(),
    };
    crate::secret::scrub(&html(&page), &call.secrets())
}

fn html(p: &Page) -> String {
    let doc = p.doc.clone().unwrap_or_default();
    let mut out = String::new();
    out.push_str(&format!(
        "<div class=\"oxide-vpncp\" id=\"oxide-vpncp-panel\" data-bad=\"{}\">{STYLE}",
        u8::from(p.doc.is_err())
    ));
    if let Err(e) = &p.doc {
        out.push_str(&banner(&format!(
            "The saved settings document is not valid — {e}. Correct it in the text area (or \
             clear it for the defaults); the panel below is read-only until then and nothing \
             is provisioned with it."
        )));
    }
    out.push_str(&banner_hidden(
        "ov-jsonerr",
        "The text area does not hold a JSON object; the panel cannot write into it.",
    ));
    out.push_str(&inputs(&doc));
    out.push_str(&tree(p, &doc));
    out.push_str(SCRIPT);
    out.push_str("</div>");
    out
}

fn banner(text: &str) -> String {
    format!(
        "<div class=\"alert alert-danger ov-banner\">{}</div>",
        html::escape(text)
    )
}

fn banner_hidden(class: &str, text: &str) -> String {
    format!(
        "<div class=\"alert alert-danger {class}\" style=\"display:none\">{}</div>",
        html::escape(text)
    )
}

fn inputs(doc: &SettingsDoc) -> String {
    format!(
        "<div class=\"ov-row\"><strong>Bandwidth</strong> download limit \
         <input type=\"number\" min=\"0\" max=\"{MAX_MBPS}\" data-key=\"download_mbps\" value=\"{}\" style=\"width:7em\"> Mbit/s, \
         upload limit <input type=\"number\" min=\"0\" max=\"{MAX_MBPS}\" data-key=\"upload_mbps\" value=\"{}\" style=\"width:7em\"> Mbit/s \
         <small>0 = unlimited; configurable options named like “Download speed” / “Upload speed” override them per service</small></div>\
         <div class=\"ov-row\"><strong>Client name rule</strong> \
         <input type=\"text\" size=\"45\" data-key=\"client_name_rule\" value=\"{}\" placeholder=\"{}\"> \
         <small>macros {{client_id}} {{service_id}} {{random_digit_N}} {{random_letter_N}} {{unixtime}} {{year}} {{month}} {{day}} {{hour}} {{minute}} {{second}}; \
         a name already used in WHMCS gets -1, -2, …</small></div>\
         <div class=\"ov-row\"><strong>Link to instruction</strong> \
         <input type=\"url\" size=\"55\" data-key=\"instruction_url\" value=\"{}\" placeholder=\"https://example.com/vpn-howto\"> \
         <small>shown in the client area</small></div>",
        doc.download_mbps,
        doc.upload_mbps,
        html::escape(&doc.client_name_rule),
        html::escape(DEFAULT_RULE),
        html::escape(&doc.instruction_url),
    )
}

fn tree(p: &Page, doc: &SettingsDoc) -> String {
    let mut out = String::from("<div class=\"ov-row\"><strong>VPN networks</strong> ");
    let servers: &[Discovered] = match &p.group {
        None => {
            out.push_str(
                "<div class=\"alert alert-info\">Choose a server group of puqVPNcp servers on this \
                 tab and save: its servers' networks are listed here to tick.</div>",
            );
            &[]
        }
        Some(Err(e)) => {
            out.push_str(&banner(&format!("The server group could not be read: {e}")));
            &[]
        }
        Some(Ok(list)) => list,
    };
    if let Some(Ok(list)) = &p.group {
        out.push_str(&format!(
            "<small>{} server(s) of the product's group, asked at once in {} ms</small>",
            list.len(),
            p.elapsed_ms
        ));
        if list.is_empty() {
            out.push_str(
                "<div class=\"alert alert-warning\">The group has no enabled puqVPNcp server.</div>",
            );
        } else if list.iter().all(|d| !d.reachable()) {
            out.push_str(&banner(
                "No server of the group could be reached. The ticks saved before are kept (listed \
                 under Deploy order) and saved again unchanged.",
            ));
        }
    }
    out.push_str("<table class=\"ov-tree\">");
    for d in servers {
        out.push_str(&server_rows(d, doc));
    }
    out.push_str("</table>");
    out.push_str(
        "<div><strong>Deploy order</strong> <small>(a new client goes to the first pair whose \
         server has a free licence slot and whose network has a free IP)</small></div><ol class=\"ov-order\">",
    );
    for pair in &doc.networks {
        let d = servers.iter().find(|d| d.server.id == Some(pair.server_id));
        let label = match d {
            Some(d) => d.server.label(),
            None => format!("server #{}", pair.server_id),
        };
        let note = match d {
            None => " (not an enabled server of this group: kept, skipped at deploy)".to_string(),
            Some(d) if !d.reachable() => " (server unreachable: kept)".to_string(),
            Some(d) => match &d.networks {
                Ok(n) if !n.iter().any(|n| n.name == pair.network) => {
                    " (network not found on the server)".to_string()
                }
                _ => String::new(),
            },
        };
        out.push_str(&order_item(pair.server_id, &pair.network, &label, &note));
    }
    out.push_str("</ol></div>");
    out
}

fn server_rows(d: &Discovered, doc: &SettingsDoc) -> String {
    let label = d.server.label();
    let id = d.server.id.unwrap_or(0);
    let slots = match &d.status {
        Ok(s) => format!("licence slots {} used", s.slots()),
        Err(e) => format!("licence slots unknown ({e})"),
    };
    let mut out = match &d.networks {
        Ok(_) => format!(
            "<tr class=\"ov-server\"><th colspan=\"3\">{} <small>{}</small></th></tr>",
            html::escape(&label),
            html::escape(&slots)
        ),
        Err(e) => format!(
            "<tr class=\"ov-server\"><th colspan=\"3\">{} <span class=\"ov-error\">unreachable: {}</span></th></tr>",
            html::escape(&label),
            html::escape(e)
        ),
    };
    if let Ok(networks) = &d.networks {
        if networks.is_empty() {
            out.push_str("<tr><td colspan=\"3\"><em>no networks on this server</em></td></tr>");
        }
        for n in networks {
            let ticked = doc
                .networks
                .iter()
                .any(|p| p.server_id == id && p.network == n.name);
            let free = n
                .free_ips
                .map(|f| format!("{f} free IP(s)"))
                .unwrap_or_default();
            out.push_str(&format!(
                "<tr><td><label><input type=\"checkbox\" class=\"ov-pick\" data-server=\"{id}\" data-network=\"{}\" data-label=\"{}\"{}> {}</label></td><td>{}</td><td>{}</td></tr>",
                html::escape(&n.name),
                html::escape(&label),
                if ticked { " checked" } else { "" },
                html::escape(&n.name),
                html::escape(&n.subnet),
                html::escape(&[n.protocols.join(", "), free].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" · ")),
            ));
        }
    }
    out
}

fn order_item(server_id: i64, network: &str, label: &str, note: &str) -> String {
    format!(
        "<li data-server=\"{server_id}\" data-network=\"{}\">{} → {}{} \
         <button type=\"button\" class=\"btn btn-xs btn-default\" data-move=\"-1\" title=\"up\">↑</button>\
         <button type=\"button\" class=\"btn btn-xs btn-default\" data-move=\"1\" title=\"down\">↓</button>\
         <button type=\"button\" class=\"btn btn-xs btn-default\" data-remove=\"1\" title=\"remove\">✕</button></li>",
        html::escape(network),
        html::escape(label),
        html::escape(network),
        html::escape(note),
    )
}

const STYLE: &str = "<style>.oxide-vpncp .ov-row{margin:6px 0}.oxide-vpncp .ov-tree{margin:4px 0 8px;border-collapse:collapse}\
.oxide-vpncp .ov-tree th{padding:4px 8px 2px 0;font-weight:600}.oxide-vpncp .ov-tree td{padding:1px 12px 1px 16px}\
.oxide-vpncp .ov-error{color:#c00;font-weight:normal}.oxide-vpncp .ov-order li{margin:2px 0}</style>";

/// Writes the panel's inputs into the JSON text area (known keys only; unknown keys stay),
/// keeps the deploy order list in step with the ticks, and hides the 23 unused fields.
const SCRIPT: &str = r#"<script>(function(){
var panel=document.getElementById('oxide-vpncp-panel');if(!panel)return;
for(var i=1;i<24;i++){var u=document.querySelector('[name="packageconfigoption['+i+']"]');if(u){var td=u.closest('td');if(td){td.style.display='none';if(td.previousElementSibling)td.previousElementSibling.style.display='none';}}}
var field=document.querySelector('[name="packageconfigoption[24]"]');var order=panel.querySelector('.ov-order');if(!field||!order)return;
if(panel.getAttribute('data-bad')==='1'){[].forEach.call(panel.querySelectorAll('input,button'),function(el){el.disabled=true;});return;}
function read(){try{var d=JSON.parse(field.value.trim()===''?'{}':field.value);return d&&typeof d==='object'&&!Array.isArray(d)?d:null;}catch(e){return null;}}
function write(){var d=read();panel.querySelector('.ov-jsonerr').style.display=d?'none':'block';if(!d)return;d.version=1;
[].forEach.call(panel.querySelectorAll('[data-key]'),function(el){var k=el.getAttribute('data-key');d[k]=el.type==='number'?Math.max(0,parseInt(el.value,10)||0):el.value.trim();});
d.networks=[].map.call(order.querySelectorAll('li'),function(li){return {server_id:parseInt(li.getAttribute('data-server'),10),network:li.getAttribute('data-network')};});
field.value=JSON.stringify(d,null,2);}
function find(s,n){var all=order.querySelectorAll('li');for(var i=0;i<all.length;i++){if(all[i].getAttribute('data-server')===s&&all[i].getAttribute('data-network')===n)return all[i];}return null;}
function button(attr,val,text){var b=document.createElement('button');b.type='button';b.className='btn btn-xs btn-default';b.setAttribute(attr,val);b.textContent=text;return b;}
function item(s,n,label){var li=document.createElement('li');li.setAttribute('data-server',s);li.setAttribute('data-network',n);li.appendChild(document.createTextNode(label+' \u2192 '+n+' '));li.appendChild(button('data-move','-1','\u2191'));li.appendChild(button('data-move','1','\u2193'));li.appendChild(button('data-remove','1','\u2715'));return li;}
panel.addEventListener('change',function(e){var t=e.target;if(t.classList&&t.classList.contains('ov-pick')){var s=t.getAttribute('data-server'),n=t.getAttribute('data-network'),li=find(s,n);if(t.checked&&!li)order.appendChild(item(s,n,t.getAttribute('data-label')));if(!t.checked&&li)li.parentNode.removeChild(li);}write();});
panel.addEventListener('input',function(e){if(e.target.hasAttribute&&e.target.hasAttribute('data-key'))write();});
panel.addEventListener('click',function(e){var b=e.target.closest?e.target.closest('button'):null;if(!b||!panel.contains(b))return;e.preventDefault();var li=b.closest('li');if(!li)return;
if(b.hasAttribute('data-remove')){var boxes=panel.querySelectorAll('.ov-pick');for(var i=0;i<boxes.length;i++){if(boxes[i].getAttribute('data-server')===li.getAttribute('data-server')&&boxes[i].getAttribute('data-network')===li.getAttribute('data-network'))boxes[i].checked=false;}li.parentNode.removeChild(li);}
else if(b.getAttribute('data-move')==='-1'&&li.previousElementSibling){order.insertBefore(li,li.previousElementSibling);}
else if(b.getAttribute('data-move')==='1'&&li.nextElementSibling){order.insertBefore(li.nextElementSibling,li);}
write();});
})();</script>"#;
