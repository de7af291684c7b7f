//! Bytes to text: decode a file, refuse what is not text, and clean away what
//! a web page or a repost added around the article (watermarks, site
//! furniture), keeping what is metadata.

mod cleanup;

pub use cleanup::{CleanText, clean};

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: binary data at byte {offset}, not a text file")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: not valid UTF-8 at byte {offset}")]
    Undecodable { path: PathBuf, offset: usize },
    #[error("{path}: no article text left after cleanup")]
    NoText { path: PathBuf },
}

/// Reads a file and decodes it to a string.
pub fn read_file(path: &Path) -> Result<String, ReadError> {
    let bytes = fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound {
            path: path.to_path_buf(),
        },
        _ => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
    })?;
    decode(path, &bytes)
}

/// Decodes UTF-8 (a byte-order mark is dropped), refusing binary data.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| ReadError::Undecodable {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_drops_bom_and_refuses_binary_and_empty() {
        let path = Path::new("a.txt");
        assert_eq!(
            decode(path, "\u{feff}人机协作".as_bytes()).unwrap(),
            "人机协作"
        );
        assert!(matches!(
            decode(path, b"ab\0cd"),
            Err(ReadError::Binary { offset: 2, .. })
        ));
        assert!(matches!(
            decode(path, b" \n\n"),
            Err(ReadError::Empty { .. })
        ));
        let error = decode(path, b"ok\xff").unwrap_err().to_string();
        assert_eq!(error, "a.txt: not valid UTF-8 at byte 2");
    }

    #[test]
    fn missing_file_is_named() {
        let error = read_file(Path::new("no/such.txt")).unwrap_err().to_string();
        assert_eq!(error, "no/such.txt: no such file");
    }
}
