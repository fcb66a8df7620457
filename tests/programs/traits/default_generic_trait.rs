//! Generic traits, blanket impls and trait bounds with where clauses.
trait Summary {
    fn summarize(&self) -> String;
}

impl<T: std::fmt::Debug> Summary for Vec<T> {
    fn summarize(&self) -> String {
        match self.len() {
            0 => "empty".to_string(),
            n => format!("{} items, first {:?}", n, self[0]),
        }
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> String {
        self.repeat(2)
    }
}

fn double_all<T>(v: &[T]) -> Vec<T>
where
    T: Double,
{
    v.iter().map(|x| x.double()).collect()
}

fn main() {
    println!("{}", vec![3, 4].summarize());
    println!("{}", Vec::<u8>::new().summarize());
    println!("{}", vec!["a"].summarize());
    println!("{:?}", double_all(&[1, 2, 3]));
    println!("{:?}", double_all(&["ab".to_string()]));
}
