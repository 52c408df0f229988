using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>Do: images noted, Form XObjects drawn with their resources and matrix.</summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>Forms drawing forms deeper than this are left to PdfPig (ObjectGraphGuard has already refused cycles).</summary>
    private const int MaxFormDepth = 16;

    private void Draw(string name)
    {
        if (!_resources.TryXObject(name, out var reference)
            || DirectObjectFinder.Get<StreamToken>(new IndirectReferenceToken(reference), _cache.Scanner) is not { } stream)
            throw new LeanUnsupportedException("an XObject the resources do not name");
        if (!stream.StreamDictionary.Data.TryGetValue(NameToken.Subtype.Data, out var subtypeToken) || subtypeToken is not NameToken subtype)
            throw new LeanUnsupportedException("an XObject without a subtype");
        if (subtype.Equals(NameToken.Image))
            HasImages = true;
        else if (subtype.Equals(NameToken.Form))
            DrawForm(stream);
        else if (!subtype.Equals(NameToken.Ps))
            throw new LeanUnsupportedException("an XObject of an unknown subtype");
    }

    /// <summary>A Form XObject: its resources over the current ones, its matrix on the CTM, its content, then all restored.</summary>
    private void DrawForm(StreamToken form)
    {
        if (_formDepth >= MaxFormDepth)
            throw new LeanUnsupportedException("forms nested too deep");
        var scanner = _cache.Scanner;
        var dictionary = form.StreamDictionary;
        var hasResources = dictionary.TryGet(NameToken.Resources, scanner, out DictionaryToken? resources);
        if (hasResources)
            _resources.Push(resources!);
        PushState();
        _formDepth++;
        try
        {
            if (dictionary.TryGet(NameToken.Group, scanner, out DictionaryToken? group)
                && !(group.TryGet(NameToken.S, scanner, out NameToken? s) && s.Equals(NameToken.Transparency)))
                throw new LeanUnsupportedException("a form group that is not a transparency group");
            if (dictionary.TryGet(NameToken.Matrix, scanner, out ArrayToken? matrix))
                State.Ctm = FormMatrix(matrix).Multiply(State.Ctm);
            if (!_forms.TryGetValue(form, out var content))
                _forms[form] = content = Decode(form, _filters);
            Run(content, content.Length);
        }
        finally
        {
            _formDepth--;
            PopState();
            if (hasResources)
                _resources.Pop();
        }
    }

    /// <summary>A stream's decoded bytes through the reader's filters (so its decode budget counts them), copied only when they do not fill their array.</summary>
    public static byte[] Decode(StreamToken stream, IFilterProvider filters)
    {
        var decoded = stream.Decode(filters);
        return System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(decoded, out var segment) && segment.Offset == 0
            && segment.Count == segment.Array!.Length
            ? segment.Array
            : decoded.ToArray();
    }

    private static TransformationMatrix FormMatrix(ArrayToken matrix)
    {
        if (matrix.Length != 6)
            throw new LeanUnsupportedException("a form matrix that is not six numbers");
        Span<double> values = stackalloc double[6];
        for (var i = 0; i < 6; i++)
            values[i] = matrix.Data[i] is NumericToken n ? n.Double : throw new LeanUnsupportedException("a form matrix that is not six numbers");
        return TransformationMatrix.FromArray(values);
    }
}
