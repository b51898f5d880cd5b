using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class ModalityTests(ExtractionFixture fixture)
{
    private Modality ModalityOfToretsk(string body) => fixture.Single(body, ClaimKind.Control, "Toretsk").Modality;

    [Fact]
    public void A_plain_statement_is_asserted()
    {
        Assert.Equal(Modality.Asserted, ModalityOfToretsk("DeepState said Russian troops had entered Toretsk."));
    }

    [Theory]
    [InlineData("Ukraine's General Staff denied that Russian forces had entered Toretsk.")]
    [InlineData("Ukraine's General Staff rejected claims that Russian forces had entered Toretsk.")]
    public void Denied_and_rejected_claims_are_denials(string body)
    {
        var claim = fixture.Single(body, ClaimKind.Control, "Toretsk");
        Assert.Equal("General Staff of the Armed Forces of Ukraine", claim.Claimant.Name);
        Assert.Equal(Modality.Denied, claim.Modality);
    }

    [Theory]
    [InlineData("Drone footage suggests Russian troops have entered Toretsk.")]
    [InlineData("Russian troops have reportedly entered Toretsk.")]
    [InlineData("Russian troops likely entered Toretsk, ISW said.")]
    [InlineData("Russian troops are believed to have entered Toretsk.")]
    public void Suggest_reportedly_likely_and_believed_to_are_hedged(string body)
    {
        Assert.Equal(Modality.Hedged, ModalityOfToretsk(body));
    }

    [Fact]
    public void A_verification_note_in_the_same_sentence_makes_the_claim_unverified()
    {
        Assert.Equal(Modality.Unverified, ModalityOfToretsk(
            "DeepState said Russian troops had entered Toretsk, an account Reuters could not independently verify."));
    }

    [Theory]
    [InlineData("The wire could not independently verify the account.")]
    [InlineData("The wire cannot verify battlefield accounts.")]
    [InlineData("Kyiv has neither confirmed nor denied the account.")]
    public void A_verification_note_in_the_next_sentence_makes_the_claim_unverified(string note)
    {
        Assert.Equal(Modality.Unverified, ModalityOfToretsk("DeepState said Russian troops had entered Toretsk. " + note));
    }

    [Fact]
    public void Neither_confirmed_nor_denied_in_the_same_sentence_is_unverified_not_denied()
    {
        Assert.Equal(Modality.Unverified, ModalityOfToretsk("Kyiv has neither confirmed nor denied that Russian troops entered Toretsk."));
    }
}
