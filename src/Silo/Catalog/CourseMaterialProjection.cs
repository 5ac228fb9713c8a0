using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

public sealed class CourseMaterialProjection : MultiStreamProjection<CourseMaterial, string>
{
    public CourseMaterialProjection() => Identity<CourseMaterialPublished>(e => CourseMaterial.IdFor(e.Code, e.MaterialId));

    public static void Apply(CourseMaterialPublished e, CourseMaterial doc)
    {
        doc.Id = CourseMaterial.IdFor(e.Code, e.MaterialId);
        doc.Content = e.Content;
    }
}
