//! What reading finds about the article besides its text: title, authors,
//! affiliation, source, date, abstract and keywords.

use serde::Serialize;

/// Bibliographic metadata found in the front and back matter.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub affiliation: Option<String>,
    /// Where the article was published, e.g. `《国外理论动态》2025年第2期`.
    pub source: Option<String>,
    pub date: Option<String>,
    #[serde(rename = "abstract")]
    pub abstract_text: Option<String>,
    pub keywords: Vec<String>,
}

impl Metadata {
    /// Fills what `self` lacks from `other`.
    pub fn or(mut self, other: Metadata) -> Self {
        self.title = self.title.or(other.title);
        if self.authors.is_empty() {
            self.authors = other.authors;
        }
        self.affiliation = self.affiliation.or(other.affiliation);
        self.source = self.source.or(other.source);
        self.date = self.date.or(other.date);
        self.abstract_text = self.abstract_text.or(other.abstract_text);
        if self.keywords.is_empty() {
            self.keywords = other.keywords;
        }
        self
    }
}
