//! Rules that find concepts: lexicon terms, quoted terms, and the recurrence
//! of accepted terms.

pub mod lexicon_term;
pub mod quoted_term;
pub mod term_recurrence;
