//! Bytes to a string: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
//! otherwise valid UTF-8 is UTF-8, and anything else is guessed by chardetng
//! among the legacy encodings (GB18030/GBK, Big5, …). Binary data and text
//! that does not decode cleanly are refused.

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::read::ReadError;

/// Share of control characters above which a file is taken for binary.
const MAX_CONTROL_SHARE: f64 = 0.01;
/// How many bytes are inspected for NUL and control bytes.
const SNIFF_BYTES: usize = 64 * 1024;

/// The encoding named by a label such as `gbk`, `gb18030`, `utf-16le`.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes `bytes`, read from `path`, with `forced` if given, else by BOM,
/// UTF-8 validity and detection, in that order.
pub fn decode(
    path: &Path,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding), ReadError> {
    let (encoding, body) = match forced {
        Some(encoding) => (encoding, bytes),
        None => match Encoding::for_bom(bytes) {
            Some((encoding, bom_length)) => (encoding, &bytes[bom_length..]),
            None => (detect(bytes), bytes),
        },
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    if encoding != UTF_16LE && encoding != UTF_16BE {
        refuse_binary(path, body)?;
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        let offset = first_error_offset(encoding, body);
        return Err(ReadError::Undecodable {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            offset,
        });
    }
    if text.contains('\0') {
        return Err(ReadError::Binary {
            path: path.to_path_buf(),
            offset: text.find('\0').unwrap_or_default(),
        });
    }
    Ok((text.into_owned(), encoding))
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(Some(b"cn"), true)
}

/// NUL bytes or many control bytes mean the file is not text.
fn refuse_binary(path: &Path, bytes: &[u8]) -> Result<(), ReadError> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if let Some(offset) = sample.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls as f64 > sample.len() as f64 * MAX_CONTROL_SHARE {
        let offset = sample
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
            .unwrap_or_default();
        return Err(ReadError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    Ok(())
}

/// Byte offset of the first malformed sequence.
fn first_error_offset(encoding: &'static Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut output = String::with_capacity(bytes.len() * 3 + 16);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut output, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(bad as usize),
        _ => read,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "大模型生产下的人机协作与数字资本主义劳动过程变迁。本文认为,人机协作是“加速机械化”的最新实践。";

    fn decoded(bytes: &[u8]) -> (String, &'static str) {
        let (text, encoding) = decode(Path::new("a.txt"), bytes, None).unwrap();
        (text, encoding.name())
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decoded(SAMPLE.as_bytes()), (SAMPLE.to_string(), "UTF-8"));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), SAMPLE.as_bytes()].concat();
        assert_eq!(decoded(&with_bom), (SAMPLE.to_string(), "UTF-8"));
    }

    #[test]
    fn utf16_with_bom() {
        for (encoding, bom) in [(UTF_16LE, [0xFF, 0xFE]), (UTF_16BE, [0xFE, 0xFF])] {
            let mut bytes = bom.to_vec();
            for unit in SAMPLE.encode_utf16() {
                let pair = if encoding == UTF_16LE {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                bytes.extend(pair);
            }
            assert_eq!(decoded(&bytes).0, SAMPLE);
        }
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = encoding_rs::GBK.encode(SAMPLE);
        let (text, name) = decoded(&bytes);
        assert_eq!(text, SAMPLE);
        assert!(name == "GBK" || name == "gb18030", "{name}");
    }

    #[test]
    fn a_forced_encoding_wins() {
        let (bytes, _, _) = encoding_rs::GB18030.encode(SAMPLE);
        let (text, encoding) =
            decode(Path::new("a.txt"), &bytes, encoding_for_label("gb18030")).unwrap();
        assert_eq!((text.as_str(), encoding.name()), (SAMPLE, "gb18030"));
    }

    #[test]
    fn binary_empty_and_undecodable_are_refused() {
        let path = Path::new("x.bin");
        let error = decode(path, b"%PDF\x00\x01\x02binary", None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.bin: binary data at byte 4, not a text file"
        );
        let error = decode(path, b" \n\t\n", None).unwrap_err();
        assert_eq!(error.to_string(), "x.bin: the file is empty");
        let error = decode(path, b"abcde", encoding_for_label("utf-16le")).unwrap_err();
        assert_eq!(error.to_string(), "x.bin: not valid UTF-16LE at byte 4");
        let error = decode(path, b"ok \xff\xfe\xfd", Some(UTF_8)).unwrap_err();
        assert_eq!(error.to_string(), "x.bin: not valid UTF-8 at byte 3");
    }
}
