//! Implementing Display and Debug by hand, and using them through format specs.
use std::fmt;

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i32>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:3}", self.data[r * self.cols + c])).collect();
            writeln!(f, "[{}]", row.join(" "))?;
        }
        Ok(())
    }
}

struct Secret(u32);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(***{})", self.0 % 10)
    }
}

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

fn main() {
    let m = Matrix { rows: 2, cols: 3, data: vec![1, -2, 3, 40, 5, -60] };
    print!("{}", m);
    println!("{:?}", Secret(1234));
    println!("{:?}", vec![Secret(1), Secret(22)]);
    let t = Celsius(-5);
    println!("{t} and {}", t.to_string().len());
    let s = format!("{}|{:?}", Celsius(30), Some(Secret(9)));
    println!("{s}");
}
