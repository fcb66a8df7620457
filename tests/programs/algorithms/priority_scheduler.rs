//! A round-robin scheduler simulation with priorities and time slices.
#[derive(Debug, Clone)]
struct Job {
    id: u32,
    prio: u8,
    remaining: u32,
}

fn main() {
    let mut queue: Vec<Job> = vec![
        Job { id: 1, prio: 2, remaining: 5 },
        Job { id: 2, prio: 1, remaining: 3 },
        Job { id: 3, prio: 3, remaining: 7 },
        Job { id: 4, prio: 2, remaining: 2 },
    ];
    let mut time = 0;
    let mut finished = Vec::new();
    while !queue.is_empty() {
        queue.sort_by(|a, b| b.prio.cmp(&a.prio).then(a.id.cmp(&b.id)));
        let mut job = queue.remove(0);
        let slice = job.prio as u32;
        let run = slice.min(job.remaining);
        time += run;
        job.remaining -= run;
        print!("t={time:>2} ran job {} for {run}", job.id);
        if job.remaining == 0 {
            println!(" -> done");
            finished.push((job.id, time));
        } else {
            job.prio = job.prio.saturating_sub(1).max(1);
            println!(" -> {} left, prio {}", job.remaining, job.prio);
            queue.push(job);
        }
    }
    println!("{:?}", finished);
}
