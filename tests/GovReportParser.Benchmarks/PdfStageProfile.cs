using System.Diagnostics;
using GovReportParser.Extraction;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using GovReportParser.Writers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovReportParser.Benchmarks;

/// <summary>
/// Where a PDF page's CPU time goes, in steady state on one thread: PdfPig opening the file (its cross-reference table),
/// the lean text layer (the page tree, then each page: the first page of a file also loads its fonts, the others mostly
/// lex and run the content stream), PdfPig for the pages the lean layer leaves to it, then each step of our reader, then
/// the rest of the pipeline. Runs the reader's steps one by one, as <see cref="PdfPageReader"/> and <see cref="PdfReader"/>
/// call them, so each can be timed:
/// <c>dotnet run -c Release --project tests/GovReportParser.Benchmarks -- profile-pdf DIR [rounds]</c>.
/// </summary>
internal static class PdfStageProfile
{
    public static int Run(string directory, int rounds)
    {
        var files = SampleFolder.ReadAll(directory, "*.pdf");
        var stages = new ReportParserBuilder().UseDefaults();
        var samples = new List<(string Stage, TimeSpan Cpu)>();
        var pages = 0;

        object Time(string name, Func<object> work)
        {
            // CPU time, not wall time: on a shared machine the wall clock also counts the neighbours' work.
            var start = Environment.CpuUsage.TotalTime;
            var value = work();
            samples.Add((name, Environment.CpuUsage.TotalTime - start));
            return value;
        }

        void Pass()
        {
            foreach (var (path, bytes) in files)
            {
                var budget = new DecodeBudget();
                var filters = new BoundedFilterProvider(budget);
                using var pdf = (PdfDocument)Time("pdfpig: open", () => PdfDocument.Open(bytes, new ParsingOptions { Logger = new UnmappedGlyphLog(), FilterProvider = filters }));
                Time("guard: object graph", () => { ObjectGraphGuard.Check(pdf, filters, budget); return 0; });
                var lean = (LeanTextLayer?)Time("lean: page tree", () => LeanTextLayer.Open(pdf, filters, LeanFonts.Load)!);
                var contents = new List<PageContent>();
                var warnings = new List<Warning>();
                for (var n = 1; n <= pdf.NumberOfPages; n++)
                {
                    pages++;
                    var leanPage = (LeanPage?)Time(n == 1 ? "lean: first page (fonts, content)" : "lean: other pages (content)", () => lean?.TryRead(n)!);
                    if (leanPage is not null)
                    {
                        contents.Add(ReadPage(leanPage.Glyphs, (leanPage.Horizontal, leanPage.Vertical), leanPage.Width, leanPage.Height, n, warnings, Time));
                        continue;
                    }
                    var page = (Page)Time("pdfpig: pages the lean layer leaves to it", () => pdf.GetPage(n));
                    var glyphs = (List<PdfGlyph>)Time("reader: glyphs from PdfPig's letters", () => PdfPigGlyphs.Of(page.Letters));
                    var rules = ((List<Segment>, List<Segment>))Time("reader: ruling segments of PdfPig's paths", () => RulingSegments.Extract(page.Paths));
                    contents.Add(ReadPage(glyphs, rules, page.Width, page.Height, n, warnings, Time));
                }
                Time("reader: garbled, furniture, continuation", () =>
                {
                    GarbledText.Drop(contents);
                    PageFurniture.Mark(contents);
                    TableContinuation.Join(contents);
                    return 0;
                });
                var blocks = (List<Block>)Time("reader: blocks, info", () => { PdfInfo.TryRead(pdf); return BlockAssembler.Assemble(contents); });
                var document = new Document(new SourceInfo(path, "pdf", null, ""), blocks);
                var diagnostics = new Model.Diagnostics();
                foreach (var step in stages.Normalisers)
                    document = (Document)Time("pipeline: normalise", () => step.Normalise(document, diagnostics));
                var structured = (StructuredDocument)Time("pipeline: structure", () => stages.Structure.Build(document, diagnostics));
                var result = new ExtractionResult();
                Time("pipeline: extract, check, assemble", () =>
                {
                    foreach (var extractor in stages.Extractors)
                        extractor.Extract(structured, result, diagnostics);
                    foreach (var check in stages.Checks)
                        result.Checks.AddRange(check.Check(structured, result));
                    return ReportAssembler.Assemble(structured, result, diagnostics);
                });
            }
        }

        Pass();
        samples.Clear();
        pages = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
            Pass();
        // Stages in the order first met, each with its CPU time summed over every file and round.
        var byStage = samples.GroupBy(x => x.Stage).Select(g => (Name: g.Key, Cpu: g.Aggregate(TimeSpan.Zero, (a, x) => a + x.Cpu))).ToList();
        var total = byStage.Aggregate(TimeSpan.Zero, (a, x) => a + x.Cpu);
        Console.WriteLine($"{files.Length} files, {pages / rounds} pages, {rounds} rounds");
        Console.WriteLine($"{"stage (CPU time)",-46} {"ms/page",8} {"share",7}");
        foreach (var (name, cpu) in byStage)
            Console.WriteLine($"{name,-46} {cpu.TotalMilliseconds / pages,8:F3} {cpu / total,7:P1}");
        Console.WriteLine($"{"total",-46} {total.TotalMilliseconds / pages,8:F3}   (wall {clock.Elapsed.TotalMilliseconds / pages:F3} ms/page)");
        return 0;
    }

    /// <summary><see cref="PdfPageReader"/>'s steps one by one.</summary>
    private static PageContent ReadPage(List<PdfGlyph> glyphs, (List<Segment> Horizontal, List<Segment> Vertical) rules, double width, double height,
        int number, List<Warning> warnings, Func<string, Func<object>, object> time)
    {
        var letters = (List<PdfGlyph>)time("reader: letters (dedup)", () => LetterDeduplicator.Deduplicate(glyphs).Where(l => !string.IsNullOrEmpty(l.Value)).ToList());
        List<PdfGlyph> rest = [];
        var tables = (List<RuledTable>)time("reader: ruled tables", () => RuledTableFinder.Find(rules.Horizontal, rules.Vertical, letters, number, out rest));
        var lines = (List<TextLine>)time("reader: lines", () => LineBuilder.Build(rest.Where(l => l.Upright)));
        return (PageContent)time("reader: unruled tables", () =>
        {
            var items = lines.Select(l => new PageItem(l)).Concat(tables.Select(t => new PageItem(t))).OrderByDescending(i => i.Top).ToList();
            var content = new PageContent(number, width, height, items);
            UnruledTables.Find(content);
            return content;
        });
    }
}
