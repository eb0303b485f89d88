//! The fields a roster column may hold: the contract's roster columns (shared/contract/README.md,
//! v1.1), each with its id.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Post,
    Unit,
    Commune,
    DifficultArea,
    ExtremelyDifficultArea,
    EthnicMinority,
    Sex,
    BirthDate,
    Age,
    GeneralEducation,
    ProfessionalLevel,
    FieldFitsPost,
    PoliticalTheory,
    ItKind,
    ItIssued,
    StateManagement,
    DefenceSecurity,
    EthnicLanguage,
    InPostSince,
    LeadershipSince,
    Regime,
    AsOf,
}

pub const FIELDS: [Field; 23] = [
    Field::Name,
    Field::Post,
    Field::Unit,
    Field::Commune,
    Field::DifficultArea,
    Field::ExtremelyDifficultArea,
    Field::EthnicMinority,
    Field::Sex,
    Field::BirthDate,
    Field::Age,
    Field::GeneralEducation,
    Field::ProfessionalLevel,
    Field::FieldFitsPost,
    Field::PoliticalTheory,
    Field::ItKind,
    Field::ItIssued,
    Field::StateManagement,
    Field::DefenceSecurity,
    Field::EthnicLanguage,
    Field::InPostSince,
    Field::LeadershipSince,
    Field::Regime,
    Field::AsOf,
];

/// What kind of value a field's cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Kept as written (names, communes).
    Text,
    /// One of the contract's values, read through the vocabulary.
    Level,
    Post,
    Boolean,
    Date,
    Number,
}

impl Field {
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Post => "post",
            Field::Unit => "unit",
            Field::Commune => "commune",
            Field::DifficultArea => "difficult_area",
            Field::ExtremelyDifficultArea => "extremely_difficult_area",
            Field::EthnicMinority => "ethnic_minority",
            Field::Sex => "sex",
            Field::BirthDate => "birth_date",
            Field::Age => "age",
            Field::GeneralEducation => "general_education",
            Field::ProfessionalLevel => "professional_level",
            Field::FieldFitsPost => "field_fits_post",
            Field::PoliticalTheory => "political_theory",
            Field::ItKind => "it_kind",
            Field::ItIssued => "it_issued",
            Field::StateManagement => "state_management",
            Field::DefenceSecurity => "defence_security",
            Field::EthnicLanguage => "ethnic_language",
            Field::InPostSince => "in_post_since",
            Field::LeadershipSince => "leadership_since",
            Field::Regime => "regime",
            Field::AsOf => "as_of",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        FIELDS.into_iter().find(|f| f.id() == id)
    }

    pub fn kind(self) -> Kind {
        match self {
            Field::Name | Field::Commune | Field::Regime => Kind::Text,
            Field::Post => Kind::Post,
            Field::DifficultArea
            | Field::ExtremelyDifficultArea
            | Field::EthnicMinority
            | Field::FieldFitsPost
            | Field::EthnicLanguage => Kind::Boolean,
            Field::BirthDate
            | Field::ItIssued
            | Field::InPostSince
            | Field::LeadershipSince
            | Field::AsOf => Kind::Date,
            Field::Age => Kind::Number,
            Field::Unit
            | Field::Sex
            | Field::GeneralEducation
            | Field::ProfessionalLevel
            | Field::PoliticalTheory
            | Field::ItKind
            | Field::StateManagement
            | Field::DefenceSecurity => Kind::Level,
        }
    }

    /// The contract's values of a [`Kind::Level`] field.
    pub fn values(self) -> &'static [&'static str] {
        use crate::schema::{contract_inputs, Area};
        match self {
            Field::Unit => &["xa", "phuong", "thi_tran", "dac_khu"],
            Field::Sex => &crate::profile::SEXES,
            Field::GeneralEducation => contract_inputs(Area::GeneralEducation),
            Field::ProfessionalLevel => contract_inputs(Area::Professional),
            Field::PoliticalTheory => contract_inputs(Area::PoliticalTheory),
            Field::ItKind => contract_inputs(Area::It),
            Field::StateManagement => contract_inputs(Area::StateManagement),
            Field::DefenceSecurity => contract_inputs(Area::DefenceSecurity),
            _ => &[],
        }
    }

    /// The area whose level names the vocabulary also understands.
    pub fn area(self) -> Option<crate::schema::Area> {
        use crate::schema::Area;
        Some(match self {
            Field::GeneralEducation => Area::GeneralEducation,
            Field::ProfessionalLevel => Area::Professional,
            Field::PoliticalTheory => Area::PoliticalTheory,
            Field::ItKind => Area::It,
            Field::StateManagement => Area::StateManagement,
            Field::DefenceSecurity => Area::DefenceSecurity,
            _ => return None,
        })
    }
}
