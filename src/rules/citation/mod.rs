//! Rules that turn notes and in-text markers into bibliographic references,
//! the works they cite, and pointers.

pub mod chinese_footnote;
pub mod english_footnote;
pub mod footnote_pointer;
pub mod ibid_entry;
pub mod note_entry;
