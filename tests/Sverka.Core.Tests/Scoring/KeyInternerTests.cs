using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class KeyInternerTests
{
    [Fact]
    public void Absorbing_maps_shared_keys_to_the_same_id_and_new_keys_to_new_ids()
    {
        var source = new KeyInterner();
        var bdn = source.Intern("bdn");
        var year = source.Intern("2021");
        var target = new KeyInterner();
        var targetYear = target.Intern("2021");
        var targetMonth = target.Intern("M12");
        var targetBdn = target.Intern("bdn");

        var map = source.Absorb(target);

        Assert.Equal(year, map[targetYear]);
        Assert.Equal(bdn, map[targetBdn]);
        Assert.Equal(2, map[targetMonth]);
        Assert.Equal(3, source.Count);
        Assert.Equal(bdn, source.Intern("bdn"));
    }
}
