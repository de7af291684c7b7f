use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use argraph::analysis::Scope;
use argraph::analysis::network::Network;
use argraph::analysis::projections::{CooccurrenceOptions, Counting, Normalization, Projection};
use argraph::export::rdf::{RdfDumpFormat, write_rdf};
use argraph::export::{dot, gephi, gexf, graphml};
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

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// nodes.csv and edges.csv for Gephi's spreadsheet import (--out is a folder)
    #[command(after_help = "Examples:
  argraph export gephi --out gephi
  argraph export gephi --graph all --out gephi
  argraph export gephi --normalization association-strength --out vos")]
    Gephi(NetworkArgs),
    /// GraphML (--out is a file)
    #[command(after_help = "Examples:
  argraph export graphml --out concepts.graphml
  argraph export graphml --graph all --out graphml")]
    Graphml(NetworkArgs),
    /// GEXF 1.3, Gephi's own format (--out is a file)
    #[command(after_help = "Examples:
  argraph export gexf --out concepts.gexf
  argraph export gexf --graph cocitation --doc huang2025.txt --out cocitation.gexf")]
    Gexf(NetworkArgs),
    /// Graphviz DOT (--out is a file)
    #[command(after_help = "Examples:
  argraph export dot --graph arguments --out arguments.dot
  dot -Tsvg arguments.dot > arguments.svg")]
    Dot(NetworkArgs),
    /// The whole store as RDF
    #[command(after_help = "Examples:
  argraph export rdf --format turtle --out graph.ttl
  argraph export rdf --format nquads --out graph.nq")]
    Rdf(RdfArgs),
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

#[derive(Debug, Clone, Copy)]
enum Writer {
    Gephi,
    Graphml,
    Gexf,
    Dot,
}

impl Writer {
    fn extension(self) -> &'static str {
        match self {
            Writer::Gephi => "",
            Writer::Graphml => "graphml",
            Writer::Gexf => "gexf",
            Writer::Dot => "dot",
        }
    }

    fn write(self, network: &Network, path: &Path) -> anyhow::Result<()> {
        let metrics = network.metrics();
        match self {
            Writer::Gephi => {
                gephi::write_gephi(network, &metrics, path)?;
            }
            Writer::Graphml => graphml::write_graphml(network, &metrics, path)?,
            Writer::Gexf => gexf::write_gexf(network, &metrics, path)?,
            Writer::Dot => dot::write_dot(network, &metrics, path)?,
        }
        eprintln!(
            "wrote {} ({} network: {} nodes, {} edges)",
            path.display(),
            network.name,
            network.graph.node_count(),
            network.graph.edge_count()
        );
        Ok(())
    }
}

pub fn run(args: ExportArgs) -> anyhow::Result<()> {
    let (writer, args) = match args.what {
        ExportCommand::Rdf(args) => return run_rdf(args),
        ExportCommand::Gephi(args) => (Writer::Gephi, args),
        ExportCommand::Graphml(args) => (Writer::Graphml, args),
        ExportCommand::Gexf(args) => (Writer::Gexf, args),
        ExportCommand::Dot(args) => (Writer::Dot, args),
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
            match writer {
                Writer::Gephi => args.out.join(name),
                _ => args.out.join(format!("{name}.{}", writer.extension())),
            }
        } else {
            args.out.clone()
        };
        writer.write(&network, &path)?;
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
