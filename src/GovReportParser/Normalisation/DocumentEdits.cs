using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>The one way normalisation steps change text: a new block text, the original kept by the block.</summary>
internal static class DocumentEdits
{
    /// <summary>Applies <paramref name="rewrite"/> to every block's text; returns the same document when nothing changed.</summary>
    public static Document RewriteTexts(this Document document, Func<Block, string> rewrite)
    {
        Block[]? changed = null;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var text = rewrite(block);
            if (string.Equals(text, block.Text, StringComparison.Ordinal))
                continue;
            changed ??= document.Blocks.ToArray();
            changed[i] = block with { Text = text };
        }
        return changed is null ? document : document with { Blocks = changed };
    }
}
