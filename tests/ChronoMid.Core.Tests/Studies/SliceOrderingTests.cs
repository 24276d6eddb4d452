using ChronoMid.Studies;

namespace ChronoMid.Tests.Studies;

public sealed class SliceOrderingTests
{
    private static readonly double[] Axial = [1, 0, 0, 0, 1, 0];

    [Fact]
    public void Order_PositionsDisagreeWithFileNames_FollowsPositions()
    {
        SlicePlacement[] slices =
        [
            new("a.dcm", [0, 0, 2.0], Axial, 1),
            new("b.dcm", [0, 0, 0.5], Axial, 3),
            new("c.dcm", [0, 0, 1.0], Axial, 2),
        ];

        var (ordered, duplicates) = SliceOrdering.Order(slices, s => s);

        Assert.Equal(["b.dcm", "c.dcm", "a.dcm"], ordered.Select(s => s.FileName));
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Order_TiltedOrientation_UsesPositionAlongNormal()
    {
        // Rows along x, columns along (0, cos, sin): the normal is (0, -sin, cos).
        double c = Math.Cos(0.3), s = Math.Sin(0.3);
        double[] tilted = [1, 0, 0, 0, c, s];
        SlicePlacement[] slices =
        [
            new("1.dcm", [0, -s * 2, c * 2], tilted, null),
            new("2.dcm", [0, -s * 1, c * 1], tilted, null),
        ];

        var (ordered, _) = SliceOrdering.Order(slices, x => x);

        Assert.Equal(["2.dcm", "1.dcm"], ordered.Select(x => x.FileName));
        Assert.Equal(1.0, ordered[0].PositionAlongNormal!.Value, 12);
    }

    [Fact]
    public void Order_NoPositions_UsesInstanceNumberThenFileName()
    {
        SlicePlacement[] slices =
        [
            new("z.dcm", null, null, 2),
            new("y.dcm", null, null, 1),
            new("b.dcm", null, null, null),
            new("a.dcm", null, null, null),
        ];

        var (ordered, _) = SliceOrdering.Order(slices, x => x);

        Assert.Equal(["y.dcm", "z.dcm", "a.dcm", "b.dcm"], ordered.Select(x => x.FileName));
    }

    [Fact]
    public void Order_SharedPosition_IsReportedAsDuplicate()
    {
        SlicePlacement[] slices =
        [
            new("a.dcm", [0, 0, 1.0], Axial, 1),
            new("b.dcm", [0, 0, 1.0], Axial, 2),
            new("c.dcm", [0, 0, 2.0], Axial, 3),
        ];

        var (_, duplicates) = SliceOrdering.Order(slices, x => x);

        var group = Assert.Single(duplicates);
        Assert.Equal(["a.dcm", "b.dcm"], group.Select(x => x.FileName));
    }

    [Fact]
    public void Order_Descending_PutsLargestPositionFirst()
    {
        SlicePlacement[] slices = [new("a.dcm", [0, 0, 1.0], Axial, 1), new("b.dcm", [0, 0, 2.0], Axial, 2)];

        var (ordered, _) = SliceOrdering.Order(slices, x => x, descending: true);

        Assert.Equal(["b.dcm", "a.dcm"], ordered.Select(x => x.FileName));
    }
}
