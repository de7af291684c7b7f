//! Bytes to text: decode a file (detecting its encoding), read it as plain
//! text, Markdown or HTML, and clean away what a web page or a repost added
//! around the article (watermarks, site furniture), keeping what is metadata.

mod cleanup;
mod decode;
mod front_matter;
mod html;
mod markdown;
mod metadata;

pub use cleanup::{CleanLine, CleanText, LineRole, clean};
pub use metadata::Metadata;

use std::fs;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

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
    #[error("{path}: not valid {encoding} at byte {offset}")]
    Undecodable {
        path: PathBuf,
        encoding: &'static str,
        offset: usize,
    },
    #[error("{path}: no article text left after cleanup")]
    NoText { path: PathBuf },
    #[error("--encoding {0}: not an encoding name (e.g. utf-8, gbk, gb18030, utf-16le, big5)")]
    UnknownEncoding(String),
}

/// The encoding named by a label such as `gbk`, `gb18030`, `utf-16le`.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, ReadError> {
    decode::encoding_for_label(label).ok_or_else(|| ReadError::UnknownEncoding(label.to_string()))
}

/// How a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    Text,
    Markdown,
    Html,
}

/// A line of the source as its format gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// The heading level the format marked (`#`, `<h2>`), if any.
    pub heading: Option<u8>,
}

impl Line {
    pub fn body(text: &str) -> Self {
        Self {
            text: text.to_string(),
            heading: None,
        }
    }

    pub fn heading(text: &str, level: u8) -> Self {
        Self {
            text: text.to_string(),
            heading: Some(level),
        }
    }
}

/// What the reader is told, when detection should not decide.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    pub encoding: Option<&'static Encoding>,
    pub format: Option<InputFormat>,
}

/// A file decoded and split into lines by its format.
#[derive(Debug, Clone)]
pub struct Source {
    pub lines: Vec<Line>,
    /// Metadata the format itself carries (front matter, `<title>`).
    pub metadata: Metadata,
    pub encoding: &'static str,
    pub format: InputFormat,
}

impl Source {
    /// Plain text already in memory, as if read from a UTF-8 `.txt` file.
    pub fn plain(text: &str) -> Self {
        Self {
            lines: text.lines().map(Line::body).collect(),
            metadata: Metadata::default(),
            encoding: "UTF-8",
            format: InputFormat::Text,
        }
    }
}

/// Reads a file: decodes it, and splits it into lines by its format.
pub fn read_file(path: &Path, options: ReadOptions) -> Result<Source, ReadError> {
    let bytes = fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound {
            path: path.to_path_buf(),
        },
        _ => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
    })?;
    let (text, encoding) = decode::decode(path, &bytes, options.encoding)?;
    let format = options.format.unwrap_or_else(|| detect_format(path, &text));
    let (lines, metadata) = match format {
        InputFormat::Text => (text.lines().map(Line::body).collect(), Metadata::default()),
        InputFormat::Markdown => markdown::markdown_lines(&text),
        InputFormat::Html => html::html_lines(&text),
    };
    Ok(Source {
        lines,
        metadata,
        encoding: encoding.name(),
        format,
    })
}

/// HTML is recognised by its content whatever the extension (a saved page
/// is often renamed); Markdown by its extension, or, for files with no
/// telling extension, by `#` headings or front matter.
pub fn detect_format(path: &Path, text: &str) -> InputFormat {
    let head: String = text.chars().take(2048).collect::<String>().to_lowercase();
    let head = head.trim_start();
    // Markdown converted from PDF embeds `<html><body><table>` for tables:
    // only a text that starts as HTML is a page.
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && (head.contains("<body") || head.contains("</p>")))
    {
        return InputFormat::Html;
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "md" | "markdown" | "mdown" => InputFormat::Markdown,
        "html" | "htm" | "xhtml" => InputFormat::Html,
        "txt" | "text" => InputFormat::Text,
        _ if head.starts_with("---\n") || text.lines().any(|l| l.starts_with("# ")) => {
            InputFormat::Markdown
        }
        _ => InputFormat::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_named() {
        let error = read_file(Path::new("no/such.txt"), ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert_eq!(error, "no/such.txt: no such file");
    }

    #[test]
    fn formats_by_content_and_extension() {
        let detect = |name: &str, text: &str| detect_format(Path::new(name), text);
        assert_eq!(detect("a.txt", "<!DOCTYPE html><html>"), InputFormat::Html);
        assert_eq!(detect("a.txt", "<div><p>正文</p></div>"), InputFormat::Html);
        assert_eq!(detect("a.htm", "正文"), InputFormat::Html);
        assert_eq!(detect("a.md", "正文"), InputFormat::Markdown);
        assert_eq!(detect("a", "# 标题\n正文"), InputFormat::Markdown);
        assert_eq!(detect("a.txt", "# 不是标题\n正文"), InputFormat::Text);
        assert_eq!(detect("a", "正文"), InputFormat::Text);
        assert_eq!(
            detect(
                "a.md",
                "# 标题\n正文\n<html><body><table></table></body></html>"
            ),
            InputFormat::Markdown
        );
    }
}
