//! A small fixed-capacity big unsigned integer, used for exact float formatting (`fmt::float`)
//! and exact float parsing (`num::float`).

use crate::cmp::Ordering;

/// A little-endian big unsigned integer of at most 80 32-bit limbs (enough for `f64`'s extreme
/// exponents scaled by powers of ten).
#[derive(Clone, Copy)]
pub(crate) struct Big {
    pub(crate) d: [u32; 80],
    pub(crate) len: usize,
}

impl Big {
    pub(crate) fn from_u64(v: u64) -> Big {
        let mut b = Big { d: [0; 80], len: 0 };
        b.d[0] = v as u32;
        b.d[1] = (v >> 32) as u32;
        b.len = if b.d[1] != 0 {
            2
        } else if b.d[0] != 0 {
            1
        } else {
            0
        };
        b
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn trim(&mut self) {
        while self.len > 0 && self.d[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    pub(crate) fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < self.len {
            let v = self.d[i] as u64 * m as u64 + carry;
            self.d[i] = v as u32;
            carry = v >> 32;
            i += 1;
        }
        if carry != 0 {
            self.d[self.len] = carry as u32;
            self.len += 1;
        }
    }

    pub(crate) fn mul_pow2(&mut self, n: u32) {
        if self.len == 0 {
            return;
        }
        let words = (n / 32) as usize;
        let bits = n % 32;
        // Shift by whole words.
        if words > 0 {
            let mut i = self.len;
            while i > 0 {
                i -= 1;
                self.d[i + words] = self.d[i];
            }
            let mut j = 0;
            while j < words {
                self.d[j] = 0;
                j += 1;
            }
            self.len += words;
        }
        if bits > 0 {
            let mut carry: u32 = 0;
            let mut i = words;
            while i < self.len {
                let v = self.d[i];
                self.d[i] = (v << bits) | carry;
                carry = v >> (32 - bits);
                i += 1;
            }
            if carry != 0 {
                self.d[self.len] = carry;
                self.len += 1;
            }
        }
    }

    pub(crate) fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        let mut p: u32 = 1;
        while n > 0 {
            p *= 10;
            n -= 1;
        }
        if p != 1 {
            self.mul_small(p);
        }
    }

    pub(crate) fn add(&mut self, other: &Big) {
        let n = if self.len > other.len { self.len } else { other.len };
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < n {
            let a = if i < self.len { self.d[i] as u64 } else { 0 };
            let b = if i < other.len { other.d[i] as u64 } else { 0 };
            let v = a + b + carry;
            self.d[i] = v as u32;
            carry = v >> 32;
            i += 1;
        }
        self.len = n;
        if carry != 0 {
            self.d[n] = carry as u32;
            self.len += 1;
        }
    }

    /// `self -= other`, requires `self >= other`.
    pub(crate) fn sub(&mut self, other: &Big) {
        let mut borrow: i64 = 0;
        let mut i = 0;
        while i < self.len {
            let b = if i < other.len { other.d[i] as i64 } else { 0 };
            let mut v = self.d[i] as i64 - b - borrow;
            if v < 0 {
                v += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.d[i] = v as u32;
            i += 1;
        }
        self.trim();
    }

    pub(crate) fn cmp(&self, other: &Big) -> Ordering {
        if self.len != other.len {
            return if self.len < other.len { Ordering::Less } else { Ordering::Greater };
        }
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            if self.d[i] != other.d[i] {
                return if self.d[i] < other.d[i] { Ordering::Less } else { Ordering::Greater };
            }
        }
        Ordering::Equal
    }

    /// `self /= m`, returning the remainder.
    pub(crate) fn divrem_small(&mut self, m: u32) -> u32 {
        let mut rem: u64 = 0;
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            let v = (rem << 32) | self.d[i] as u64;
            self.d[i] = (v / m as u64) as u32;
            rem = v % m as u64;
        }
        self.trim();
        rem as u32
    }

    /// One decimal digit of `self * 10 / s` (which must be below 10); `self` keeps the remainder.
    pub(crate) fn next_digit(&mut self, s: &Big) -> u8 {
        self.mul_small(10);
        let mut d = 0u8;
        while !matches!(self.cmp(s), Ordering::Less) {
            self.sub(s);
            d += 1;
        }
        d
    }
}


impl Big {
    /// The number of significant bits.
    pub(crate) fn bit_length(&self) -> u32 {
        if self.len == 0 {
            return 0;
        }
        (self.len as u32 - 1) * 32 + (32 - self.d[self.len - 1].leading_zeros())
    }
}
