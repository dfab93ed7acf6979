//! A small JSON parser for model files. It does what the model reader needs and no more: a tree
//! of values, objects kept in file order, duplicate keys refused, and every syntax error named by
//! line, column and the field path it is in. About a tenth of a general JSON library's size in
//! the wasm, which matters because the whole app must load fast inside someone's blog post.

/// A parsed JSON value. Objects keep their keys in file order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(number) => Some(*number),
            _ => None,
        }
    }
}

/// The value of `key` in an object's fields.
pub fn get<'v>(fields: &'v [(String, Value)], key: &str) -> Option<&'v Value> {
    fields
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
}

/// Why a text is not JSON, and where: `path` is the field being read (`bands[1].high`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub path: String,
    pub message: String,
}

/// Deeper nesting than this is refused before the stack is at any risk.
const MAX_DEPTH: usize = 128;

/// Parses a whole text as one JSON value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text: text.as_bytes(),
        at: 0,
        path: Vec::new(),
    };
    let value = parser.value()?;
    parser.space();
    if parser.at < parser.text.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

/// One step of the path to the value being read.
enum Step {
    Key(String),
    Index(usize),
}

struct Parser<'t> {
    text: &'t [u8],
    at: usize,
    path: Vec<Step>,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.len()
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Step::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        SyntaxError {
            path,
            message: format!("{what} at line {line} column {}", column + 1),
        }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.space();
        self.text.get(self.at).copied()
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        if self.path.len() > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("null", Value::Null),
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                ] {
                    if self.text[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut fields: Vec<(String, Value)> = Vec::new();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected a field name in double quotes")),
            }
            let key = self.string()?;
            if fields.iter().any(|(name, _)| *name == key) {
                let error = self.error(&format!("duplicate field `{key}`"));
                return Err(error);
            }
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.path.push(Step::Key(key));
            let value = self.value()?;
            let Some(Step::Key(key)) = self.path.pop() else {
                unreachable!("the path step pushed above");
            };
            fields.push((key, value));
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.path.push(Step::Index(items.len()));
            let item = self.value()?;
            self.path.pop();
            items.push(item);
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(&byte) = self.text.get(self.at) else {
                return Err(self.error("EOF while parsing a string"));
            };
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let Some(&escape) = self.text.get(self.at) else {
                        return Err(self.error("EOF while parsing a string"));
                    };
                    self.at += 1;
                    let plain = match escape {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                            continue;
                        }
                        _ => return Err(self.error("invalid escape")),
                    };
                    out.push(plain);
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => out.push(byte),
            }
        }
        // The input is a `str` and escapes are written as UTF-8, so this cannot fail.
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8 in a string"))
    }

    /// The character of a `\uXXXX` escape (the `\u` read), joining surrogate pairs.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.at..].starts_with(b"\\u") {
                return Err(self.error("lone leading surrogate in a string"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("invalid surrogate pair in a string"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode escape"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self.text.get(self.at..self.at + 4);
        let value = digits.and_then(|digits| {
            digits.iter().try_fold(0u32, |value, &digit| {
                Some(value * 16 + (digit as char).to_digit(16)?)
            })
        });
        match value {
            Some(value) => {
                self.at += 4;
                Ok(value)
            }
            None => Err(self.error("invalid unicode escape")),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. Up to 15 significant digits with a
    /// small exponent (every number a person writes in a model) is converted exactly; longer
    /// ones are converted to within a unit in the last place.
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let negative = self.text[self.at] == b'-';
        if negative {
            self.at += 1;
        }
        let mut mantissa: u64 = 0;
        let mut digits = 0usize;
        let mut exponent: i64 = 0;
        let mut any = false;
        let mut push = |digit: u8, scale: i64, mantissa: &mut u64, exponent: &mut i64| {
            if digits < 19 {
                *mantissa = *mantissa * 10 + u64::from(digit - b'0');
                if *mantissa > 0 {
                    digits += 1;
                }
                *exponent -= scale;
            } else {
                *exponent += 1 - scale;
            }
        };
        let leading_zero = self.text.get(self.at) == Some(&b'0');
        while let Some(&digit @ b'0'..=b'9') = self.text.get(self.at) {
            push(digit, 0, &mut mantissa, &mut exponent);
            self.at += 1;
            any = true;
        }
        if !any {
            return Err(self.error("invalid number"));
        }
        if leading_zero && self.at - start - usize::from(negative) > 1 {
            self.at = start;
            return Err(self.error("invalid number: leading zero"));
        }
        if self.text.get(self.at) == Some(&b'.') {
            self.at += 1;
            let mut fraction = false;
            while let Some(&digit @ b'0'..=b'9') = self.text.get(self.at) {
                push(digit, 1, &mut mantissa, &mut exponent);
                self.at += 1;
                fraction = true;
            }
            if !fraction {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.at) {
            self.at += 1;
            let sign = match self.text.get(self.at) {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let mut written: i64 = 0;
            let mut any_exponent = false;
            while let Some(&digit @ b'0'..=b'9') = self.text.get(self.at) {
                written = (written * 10 + i64::from(digit - b'0')).min(100_000);
                self.at += 1;
                any_exponent = true;
            }
            if !any_exponent {
                return Err(self.error("invalid number"));
            }
            exponent += sign * written;
        }
        let magnitude = if mantissa == 0 {
            0.0
        } else if mantissa < (1 << 53) && (-22..=22).contains(&exponent) {
            // Both parts exact, one rounding: the nearest float.
            let power = 10f64.powi(exponent.unsigned_abs() as i32);
            if exponent < 0 {
                mantissa as f64 / power
            } else {
                mantissa as f64 * power
            }
        } else {
            mantissa as f64 * 10f64.powi(exponent.clamp(-400, 400) as i32)
        };
        if magnitude.is_infinite() {
            self.at = start;
            return Err(self.error("number out of range"));
        }
        Ok(Value::Number(if negative { -magnitude } else { magnitude }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        let error = parse(text).unwrap_err();
        format!("{}: {}", error.path, error.message)
    }

    #[test]
    fn values() {
        assert_eq!(parse(" null ").unwrap(), Value::Null);
        assert_eq!(
            parse("[true,false]").unwrap(),
            Value::Array(vec![Value::Bool(true), Value::Bool(false)])
        );
        assert_eq!(parse("-0.025").unwrap(), Value::Number(-0.025));
        assert_eq!(parse("1.35").unwrap(), Value::Number(1.35));
        assert_eq!(parse("2.5e3").unwrap(), Value::Number(2500.0));
        assert_eq!(parse("1E-2").unwrap(), Value::Number(0.01));
        assert_eq!(parse("0").unwrap(), Value::Number(0.0));
        assert_eq!(
            parse(r#""a\"b\\c\u00e9\ud83d\ude00 é""#).unwrap(),
            Value::String("a\"b\\cé😀 é".into())
        );
        let object = parse(r#"{"b": 1, "a": {"c": []}}"#).unwrap();
        let fields = object.as_object().unwrap();
        assert_eq!(fields[0].0, "b");
        assert_eq!(
            get(fields, "a").unwrap().as_object().unwrap()[0].1,
            Value::Array(vec![])
        );
    }

    #[test]
    fn errors_name_their_place() {
        assert_eq!(
            error("{"),
            ": EOF while parsing an object at line 1 column 2"
        );
        assert_eq!(
            error("{\"a\": [1, 2,"),
            "a[2]: EOF while parsing a value at line 1 column 13"
        );
        assert_eq!(
            error("{\"a\": {\"b\": tru}}"),
            "a.b: expected a value at line 1 column 13"
        );
        assert_eq!(error("[1] x"), ": trailing characters at line 1 column 5");
        assert_eq!(
            error("{\"a\": 1,\n \"a\": 2}"),
            ": duplicate field `a` at line 2 column 5"
        );
        assert_eq!(
            error("{\"a\": 1e999}"),
            "a: number out of range at line 1 column 7"
        );
        assert_eq!(
            error("{\"a\": 01}"),
            "a: invalid number: leading zero at line 1 column 7"
        );
        assert_eq!(
            error("\"tab\there\""),
            ": control character in a string at line 1 column 6"
        );
        assert!(error(&"[".repeat(1000)).contains("recursion limit exceeded"));
        assert_eq!(error(""), ": EOF while parsing a value at line 1 column 1");
    }
}
