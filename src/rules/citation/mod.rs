//! Rules that turn notes and in-text markers into bibliographic references,
//! the works they cite, and pointers.

pub mod authority;
pub mod chinese_footnote;
pub mod disagreement;
pub mod english_footnote;
pub mod evidence;
pub mod footnote_pointer;
pub mod function;
pub mod ibid_entry;
pub mod information;
pub mod note_entry;
