//! The escalation ladder: whom to call, in order (care-rules §7 "what each action means").

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use super::{required, Diary, StoreError};

/// A rung of the ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// The 24/7 team line: the first call for `call_now`.
    Team24h,
    /// The next contact when the team line does not answer within 10 minutes.
    Second,
    /// The nearest emergency department.
    EmergencyDepartment,
    /// The local emergency number (e.g. 911).
    EmergencyNumber,
}

impl ContactRole {
    pub const ALL: &'static [ContactRole] = &[
        ContactRole::Team24h,
        ContactRole::Second,
        ContactRole::EmergencyDepartment,
        ContactRole::EmergencyNumber,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactRole::Team24h => "team_24h",
            ContactRole::Second => "second",
            ContactRole::EmergencyDepartment => "emergency_department",
            ContactRole::EmergencyNumber => "emergency_number",
        }
    }

    pub fn from_code(code: &str) -> Option<ContactRole> {
        ContactRole::ALL.iter().copied().find(|r| r.code() == code)
    }
}

/// One contact on the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub role: ContactRole,
    /// May be empty only for the emergency number.
    pub name: String,
    pub phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// At least 3 digits; only digits, spaces and `+ - ( ) .`.
pub fn is_valid_phone(phone: &str) -> bool {
    phone.chars().filter(char::is_ascii_digit).count() >= 3
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
}

pub(super) fn checked(i: usize, c: &Contact) -> Result<Contact, StoreError> {
    let name = if c.role == ContactRole::EmergencyNumber {
        c.name.trim().to_string()
    } else {
        required(&format!("contacts[{i}].name"), &c.name)?
    };
    let phone = c.phone.trim();
    if !is_valid_phone(phone) {
        return Err(StoreError::InvalidPhone {
            field: format!("contacts[{i}].phone"),
        });
    }
    Ok(Contact {
        role: c.role,
        name,
        phone: phone.to_string(),
        address: c
            .address
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from),
    })
}

impl Diary {
    /// The ladder, in order.
    pub fn contacts(&self) -> Result<Vec<Contact>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT role, name, phone, address FROM contacts ORDER BY position")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(role, name, phone, address)| {
                Ok(Contact {
                    role: ContactRole::from_code(&role)
                        .ok_or_else(|| StoreError::corrupt(format!("contact role {role:?}")))?,
                    name,
                    phone,
                    address,
                })
            })
            .collect()
    }

    /// Replace the whole ladder (texts trimmed). Contacts are settings, not history.
    pub fn set_contacts(&mut self, contacts: &[Contact]) -> Result<(), StoreError> {
        let checked = contacts
            .iter()
            .enumerate()
            .map(|(i, c)| checked(i, c))
            .collect::<Result<Vec<_>, _>>()?;
        let tx = self.write()?;
        replace_contacts(&tx, &checked)?;
        tx.commit()?;
        Ok(())
    }
}

/// Replace the ladder inside `tx` with contacts already [`checked`].
pub(super) fn replace_contacts(
    tx: &Transaction<'_>,
    checked: &[Contact],
) -> Result<(), StoreError> {
    tx.execute("DELETE FROM contacts", [])?;
    for (i, c) in checked.iter().enumerate() {
        tx.execute(
            "INSERT INTO contacts (position, role, name, phone, address)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![i as i64, c.role.code(), c.name, c.phone, c.address],
        )?;
    }
    Ok(())
}
