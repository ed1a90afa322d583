//! Base64 (RFC 4648): the standard alphabet with padding for the sealed envelope, and the URL
//! alphabet without padding that JSON Web Keys use. Small, strict and without dependencies.

const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn encode_with(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

fn decode_with(text: &str, alphabet: &[u8; 64], pad: bool) -> Option<Vec<u8>> {
    let b = text.as_bytes();
    let body = if pad {
        if b.len() % 4 != 0 {
            return None;
        }
        let pads = b.iter().rev().take_while(|c| **c == b'=').count();
        if pads > 2 {
            return None;
        }
        &b[..b.len() - pads]
    } else {
        b
    };
    if body.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let value = |c: u8| alphabet.iter().position(|a| *a == c).map(|p| p as u32);
    for chunk in body.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = chunk.len() - 1;
        // The bits after the last whole byte must be zero: one text for one byte string.
        if keep < 3 && n & ((1u32 << (8 * (3 - keep))) - 1) != 0 {
            return None;
        }
        out.extend_from_slice(&bytes[..keep]);
    }
    Some(out)
}

/// Standard base64 with padding.
pub fn encode(bytes: &[u8]) -> String {
    encode_with(bytes, STD, true)
}

/// Reads standard base64 with padding; `None` for anything else.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    decode_with(text, STD, true)
}

/// URL-safe base64 without padding (JSON Web Keys).
pub fn encode_url(bytes: &[u8]) -> String {
    encode_with(bytes, URL, false)
}

/// Reads URL-safe base64 without padding; `None` for anything else.
pub fn decode_url(text: &str) -> Option<Vec<u8>> {
    decode_with(text, URL, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4648_vectors() {
        for (plain, std) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), std);
            assert_eq!(decode(std).unwrap(), plain.as_bytes());
            let url = std.trim_end_matches('=');
            assert_eq!(encode_url(plain.as_bytes()), url);
            assert_eq!(decode_url(url).unwrap(), plain.as_bytes());
        }
        assert_eq!(encode_url(&[0xfb, 0xff]), "-_8");
        assert_eq!(encode(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn refuses_what_is_not_base64() {
        for bad in ["Zg", "Zg=", "Z===", "Zh==", "Zm9v!", "Zm 9v", "====", "A"] {
            assert!(decode(bad).is_none(), "{bad}");
        }
        for bad in ["Zg==", "Zh", "A", "+/8"] {
            assert!(decode_url(bad).is_none(), "{bad}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)).unwrap(), all);
        assert_eq!(decode_url(&encode_url(&all)).unwrap(), all);
    }
}
