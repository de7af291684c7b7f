//! Rules that turn notes and in-text markers into bibliographic references
//! and pointers.

pub mod footnote_pointer;
pub mod note_entry;
