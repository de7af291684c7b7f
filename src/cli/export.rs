use std::path::{Path, PathBuf};

use clap::error::ErrorKind;
use clap::{ArgMatches, Args, Command, FromArgMatches, Subcommand, ValueEnum};

use argraph::analysis::Scope;
use argraph::analysis::network::Network;
use argraph::analysis::projections::{CooccurrenceOptions, Counting, Normalization, Projection};
use argraph::export::rdf::{RdfDumpFormat, write_rdf};
use argraph::export::{NETWORK_FORMATS, NetworkFormat, network_format};
use argraph::store::GraphStore;

use crate::cli::StoreArgs;

pub const EXAMPLES: &str = "Examples:
  argraph export gephi --out gephi
  argraph export gephi --graph all --out gephi
  argraph export graphml --graph citations --out citations.graphml
  argraph export gexf --counting fractional --out concepts.gexf
  argraph export rdf --format turtle --out graph.ttl";

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    what: ExportCommand,
}

/// `argraph export FORMAT`: a subcommand for each format of
/// `NETWORK_FORMATS`, made from the list, and `rdf`.
#[derive(Debug)]
enum ExportCommand {
    Network {
        format: &'static NetworkFormat,
        args: NetworkArgs,
    },
    Rdf(RdfArgs),
}

const RDF_EXAMPLES: &str = "Examples:
  argraph export rdf --format turtle --out graph.ttl
  argraph export rdf --format nquads --out graph.nq";

impl FromArgMatches for ExportCommand {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        match matches.subcommand() {
            Some(("rdf", sub)) => Ok(Self::Rdf(RdfArgs::from_arg_matches(sub)?)),
            Some((name, sub)) => match network_format(name) {
                Some(format) => Ok(Self::Network {
                    format,
                    args: NetworkArgs::from_arg_matches(sub)?,
                }),
                None => Err(clap::Error::raw(
                    ErrorKind::InvalidSubcommand,
                    format!("no export format `{name}`\n"),
                )),
            },
            None => {
                let names: Vec<&str> = NETWORK_FORMATS.iter().map(|f| f.name).collect();
                Err(clap::Error::raw(
                    ErrorKind::MissingSubcommand,
                    format!("name a format: argraph export {}|rdf\n", names.join("|")),
                ))
            }
        }
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Subcommand for ExportCommand {
    fn augment_subcommands(mut command: Command) -> Command {
        for format in NETWORK_FORMATS {
            // The flattened arguments bring their own about: set ours after.
            let sub = NetworkArgs::augment_args(Command::new(format.name))
                .about(format.about)
                .after_help(format.examples);
            command = command.subcommand(sub);
        }
        let rdf = RdfArgs::augment_args(Command::new("rdf"))
            .about("The whole store as RDF")
            .after_help(RDF_EXAMPLES);
        command.subcommand(rdf).subcommand_required(true)
    }

    fn augment_subcommands_for_update(command: Command) -> Command {
        Self::augment_subcommands(command)
    }

    fn has_subcommand(name: &str) -> bool {
        name == "rdf" || network_format(name).is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GraphChoice {
    /// Concepts named in the same sentence
    Concepts,
    /// Documents → the works they cite
    Citations,
    /// Works cited by the same documents
    Cocitation,
    /// Concepts and the works cited where they are named
    ConceptWorks,
    /// Argument units, support and attack
    Arguments,
    /// Every network, each in its own file (or folder, for gephi) under --out
    All,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CountingChoice {
    /// 1 a sentence to every pair of its concepts
    Full,
    /// 1/(n−1) a sentence to each pair of its n concepts
    Fractional,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum NormalizationChoice {
    /// The counts as they are
    None,
    /// Observed over expected co-occurrence (VOSviewer)
    AssociationStrength,
}

#[derive(Debug, Args)]
struct NetworkArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Where to write
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Which network
    #[arg(long, value_enum, default_value_t = GraphChoice::Concepts)]
    graph: GraphChoice,
    /// One document (its file name, IRI or hash) instead of the store
    #[arg(long, value_name = "ID")]
    doc: Option<String>,
    /// How co-occurrences are counted (concept network)
    #[arg(long, value_enum, default_value_t = CountingChoice::Full)]
    counting: CountingChoice,
    /// How co-occurrence weights are scaled (concept network)
    #[arg(long, value_enum, default_value_t = NormalizationChoice::None)]
    normalization: NormalizationChoice,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RdfChoice {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, Args)]
struct RdfArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The RDF syntax; N-Quads, TriG and JSON-LD keep a named graph a document
    #[arg(long, value_enum)]
    format: RdfChoice,
    /// The file to write
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// Writes one network in `format` and says what it wrote.
fn write(format: &NetworkFormat, network: &Network, path: &Path) -> anyhow::Result<()> {
    (format.write)(network, &network.metrics(), path)?;
    eprintln!(
        "wrote {} ({} network: {} nodes, {} edges)",
        path.display(),
        network.name,
        network.graph.node_count(),
        network.graph.edge_count()
    );
    Ok(())
}

pub fn run(args: ExportArgs) -> anyhow::Result<()> {
    let (format, args) = match args.what {
        ExportCommand::Rdf(args) => return run_rdf(args),
        ExportCommand::Network { format, args } => (format, args),
    };
    let store = GraphStore::open_read_only(&args.store.store)?;
    let scope = match &args.doc {
        Some(doc) => Scope::document(&store, doc)?,
        None => Scope::all(),
    };
    let options = CooccurrenceOptions {
        counting: match args.counting {
            CountingChoice::Full => Counting::Full,
            CountingChoice::Fractional => Counting::Fractional,
        },
        normalization: match args.normalization {
            NormalizationChoice::None => Normalization::None,
            NormalizationChoice::AssociationStrength => Normalization::AssociationStrength,
        },
    };
    let projections: Vec<Projection> = match args.graph {
        GraphChoice::Concepts => vec![Projection::Concepts],
        GraphChoice::Citations => vec![Projection::Citations],
        GraphChoice::Cocitation => vec![Projection::Cocitation],
        GraphChoice::ConceptWorks => vec![Projection::ConceptWorks],
        GraphChoice::Arguments => vec![Projection::Arguments],
        GraphChoice::All => Projection::ALL.to_vec(),
    };
    for projection in projections {
        let network = projection.read(&store, &scope, options)?;
        let path = if args.graph == GraphChoice::All {
            let name = projection.name();
            match format.extension {
                None => args.out.join(name),
                Some(extension) => args.out.join(format!("{name}.{extension}")),
            }
        } else {
            args.out.clone()
        };
        write(format, &network, &path)?;
    }
    Ok(())
}

fn run_rdf(args: RdfArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_read_only(&args.store.store)?;
    let format = match args.format {
        RdfChoice::Turtle => RdfDumpFormat::Turtle,
        RdfChoice::Ntriples => RdfDumpFormat::NTriples,
        RdfChoice::Nquads => RdfDumpFormat::NQuads,
        RdfChoice::Trig => RdfDumpFormat::TriG,
        RdfChoice::Rdfxml => RdfDumpFormat::RdfXml,
        RdfChoice::Jsonld => RdfDumpFormat::JsonLd,
    };
    let report = write_rdf(&store, format, &args.out)?;
    let what = if format.keeps_graphs() {
        "quads"
    } else {
        "distinct triples"
    };
    eprintln!(
        "wrote {}: {} {what} from {} document graphs",
        args.out.display(),
        report.statements,
        report.graphs
    );
    Ok(())
}
