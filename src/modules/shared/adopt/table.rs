//! The mapping tables of the README's "Switching from …" section, generated from the same
//! rules adoption applies (a test checks the README holds exactly these).

use super::target::Target;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(t: &Target) -> String {
    let defs = (t.definitions)();
    let mut out = format!(
        "**{} → {}**\n\n| # | {} setting | from {} | why |\n| --- | --- | --- | --- |\n",
        t.source_names(),
        t.module,
        t.module,
        t.source_names()
    );
    for (i, def) in defs.iter().enumerate() {
        let (from, why) = match t.rule(def.name) {
            Some(r) => {
                let from: Vec<String> = r
                    .from
                    .iter()
                    .map(|&n| format!("{n} {}", t.old_label(n)))
                    .collect();
                let why = match r.choice {
                    Some(old) => format!("{} **Decide:** {old}", r.why),
                    None => r.why.to_string(),
                };
                (
                    if from.is_empty() {
                        "—".into()
                    } else {
                        from.join(", ")
                    },
                    why,
                )
            }
            None => ("—".to_string(), t.default_why.to_string()),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            i + 1,
            cell(def.name),
            cell(&from),
            cell(&why)
        ));
    }
    if !t.dropped.is_empty() {
        out.push_str(&format!(
            "\n| old # | {} setting | dropped because |\n| --- | --- | --- |\n",
            t.source_names()
        ));
        for &(n, why) in t.dropped {
            out.push_str(&format!(
                "| {n} | {} | {} |\n",
                cell(t.old_label(n)),
                cell(why)
            ));
        }
    }
    out
}

/// Every target's table, as the README holds them.
pub fn all() -> String {
    crate::modules::adoption_targets()
        .iter()
        .map(|t| markdown(t))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn readme_holds_the_generated_mapping_tables() {
        let readme = include_str!("../../../../README.md");
        let tables = super::all();
        assert!(
            readme.contains(&tables),
            "README.md's mapping tables differ from the adoption rules; put this there:\n{tables}"
        );
    }
}
