use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::bail;
use clap::Args;

use argraph::analysis::Scope;
use argraph::analysis::summary::Counts;
use argraph::corpus::{BuildOptions, CorpusReport, Outcome, STAGES, build_corpus};
use argraph::pipeline::{BuildError, DocumentReport, Pipeline, input_files};

use crate::cli::{ReadArgs, RulesDirArgs, StoreArgs};

pub const EXAMPLES: &str = "Examples:
  argraph build data/
  argraph build --store corpus-store papers/ more/paper.html
  argraph build --jobs 2 --timings 'corpus/**/*.md'
  argraph build --rules my-rules/ --lexicon my-concepts.ttl papers/";

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    rules: RulesDirArgs,
    #[command(flatten)]
    read: ReadArgs,
    /// Extraction threads; the machine's cores when not given
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar (there is none when stderr is not a terminal)
    #[arg(long)]
    quiet: bool,
    /// Report the time of each stage and the peak memory
    #[arg(long)]
    timings: bool,
    /// Article files, folders of them, or quoted glob patterns ('corpus/**/*.md')
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Set by Ctrl-C: the build stops after the documents in hand.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

fn catch_interrupt() {
    #[cfg(unix)]
    // SAFETY: the handler only stores to an atomic, which is
    // async-signal-safe; it replaces the default disposition of SIGINT.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as *const () as libc::sighandler_t,
        );
    }
}

fn document_line(report: &DocumentReport, what: &str) -> String {
    format!(
        "{}: {what}{} sentences, {} concepts, {} notes, {} pointers, {} quads → {}",
        report.file,
        report.sentences,
        report.concepts,
        report.notes,
        report.pointers,
        report.quads,
        report.iri
    )
}

/// One line on stderr, redrawn in place: documents done, rate, time left.
struct Progress {
    total: usize,
    done: usize,
    started: Instant,
    shown: bool,
}

impl Progress {
    fn tick(&mut self) {
        self.done += 1;
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = self.done as f64 / seconds;
        let left = (self.total - self.done) as f64 / rate.max(1e-9);
        let width = 30;
        let filled = width * self.done / self.total.max(1);
        eprint!(
            "\r[{}{}] {}/{} documents, {rate:.1}/s, {left:.0} s left \x1b[K",
            "#".repeat(filled),
            " ".repeat(width - filled),
            self.done,
            self.total
        );
        let _ = std::io::stderr().flush();
        self.shown = true;
    }

    fn clear(&self) {
        if self.shown {
            eprint!("\r\x1b[K");
        }
    }
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn print_timings(report: &CorpusReport) {
    let durations = report.stages.durations();
    let total: f64 = durations.iter().map(|d| d.as_secs_f64()).sum();
    let shares: Vec<String> = STAGES
        .iter()
        .zip(durations)
        .map(|(stage, d)| {
            let seconds = d.as_secs_f64();
            format!(
                "{stage} {seconds:.2} s ({:.0}%)",
                100.0 * seconds / total.max(1e-9)
            )
        })
        .collect();
    println!("stages (thread time): {}", shares.join(", "));
    if report.characters > 0 {
        println!(
            "quads per 1,000 characters: {:.1}",
            report.quads as f64 * 1000.0 / report.characters as f64
        );
    }
    if let Some(peak) = peak_rss_mib() {
        println!("peak memory: {peak:.0} MiB");
    }
}

pub fn run(args: BuildArgs) -> anyhow::Result<()> {
    let inputs = input_files(&args.paths)?;
    for skipped in &inputs.skipped {
        eprintln!(
            "argraph: skipped {}: a folder's documentation, not an article",
            skipped.display()
        );
    }
    let files = inputs.files;
    if files.is_empty() {
        bail!(BuildError::NoFiles {
            path: args.paths[0].clone()
        });
    }
    let pipeline = Pipeline::with_read_options(args.rules.load()?, args.read.options()?);
    catch_interrupt();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let options = BuildOptions {
        jobs,
        stop: &INTERRUPTED,
    };
    let mut progress =
        (!args.quiet && std::io::stderr().is_terminal() && files.len() > 1).then(|| Progress {
            total: files.len(),
            done: 0,
            started: Instant::now(),
            shown: false,
        });
    let mut failures = Vec::new();
    let single = files.len() == 1;
    let stdout = std::io::stdout();
    let built = build_corpus(&pipeline, &args.store.store, &files, &options, |outcome| {
        if let Some(progress) = &progress {
            progress.clear();
        }
        match outcome {
            Outcome::Added(report) => println!("{}", document_line(&report, "")),
            Outcome::Replaced { report, .. } => {
                println!("{}", document_line(&report, "replaced, "))
            }
            Outcome::Unchanged {
                file,
                iri,
                stored_as,
            } => println!(
                "{}: unchanged (its text is in the store as {stored_as}) → {iri}",
                file.display()
            ),
            Outcome::Failed { error, .. } => {
                if !single {
                    eprintln!("argraph: {error}");
                }
                failures.push(error);
            }
        }
        let _ = stdout.lock().flush();
        if let Some(progress) = &mut progress {
            progress.tick();
        }
    });
    if let Some(progress) = &progress {
        progress.clear();
    }
    let (store, report) = built?;
    if single && let Some(error) = failures.pop() {
        // The one file's own error, as its message and exit code say it.
        return Err(error.into());
    }
    let some_failed = BuildError::SomeFailed {
        failed: report.failed,
        total: files.len(),
        user: failures.iter().all(BuildError::is_user_error),
    };
    let Some(store) = store else {
        if report.interrupted {
            return Err(BuildError::Interrupted.into());
        }
        return Err(some_failed.into());
    };
    let seconds = report.elapsed.as_secs_f64();
    println!(
        "added {}, replaced {}, unchanged {}, skipped {}, failed {}: {} quads written in {seconds:.1} s ({:.1} documents/s, {:.2} MB/s)",
        report.added,
        report.replaced,
        report.unchanged,
        inputs.skipped.len(),
        report.failed,
        report.quads,
        (report.added + report.replaced) as f64 / seconds.max(1e-9),
        report.bytes as f64 / 1e6 / seconds.max(1e-9),
    );
    if args.timings {
        print_timings(&report);
    }
    let counts = Counts::from_store(&store, &Scope::all())?;
    println!(
        "store {}: {} documents, {} sentences, {} concepts, {} notes, {} quads",
        store.path().display(),
        counts.documents,
        counts.sentences,
        counts.concepts,
        counts.notes,
        counts.quads
    );
    if report.interrupted {
        Err(BuildError::Interrupted.into())
    } else if report.failed > 0 {
        Err(some_failed.into())
    } else {
        Ok(())
    }
}
