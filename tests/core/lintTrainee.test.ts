/** `check` warns where Arabic that changes with the trainee's gender has one form only. */
import { describe, expect, it } from 'vitest';
import { TINY_HEADER } from './fixtures.ts';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic } from '../../src/core/diagnostics.ts';
import { traineeWord } from '../../src/core/lintTrainee.ts';

const scenario = (line: string, reply: string, gender = 'female') => `${TINY_HEADER.replace('  archetype: angry', `  archetype: angry\n  gender: ${gender}`)}    line: ${line}
    options:
      - text: ${reply}
        techniques: [acknowledge]
        sets: [solved]
        next: done
endings:
  - id: done
    line: { en: "Fine.", ar: "طيب." }
`;
const warnings = (yaml: string) => loadScenario(yaml, 't.yaml').diagnostics.filter((d) => d.code === 'trainee-form-missing');

describe('the trainee-form heuristic', () => {
  it('finds a customer speaking to the trainee in the masculine', () => {
    expect(traineeWord('تعرف؟ جيت وأنا ناوي ألغي الاشتراك.', 'customer')).toBe('تعرف');
    // «I see it» opening the trainee's sentence is theirs; asked of the customer, it is the customer's.
    expect(traineeWord('شايفها، ورسالة لطيفة. خليني أشوف.', 'trainee')).toBe('شايفها');
    expect(traineeWord('فرجيني العلبتين، شو اللي شايفه مختلف؟', 'trainee')).toBeUndefined();
    expect(traineeWord('شكرًا، وأنت فعلًا سمعتني.', 'customer', 'female')).toBe('أنت');
    expect(traineeWord('رجّعوا المبلغ على بطاقتي لو سمحت.', 'customer', 'female')).toBe('لو سمحت');
    expect(traineeWord('اسمع يا أخي، أنا ما عندي وقت.', 'customer')).toBe('اسمع');
    expect(traineeWord('يعني ما تقدر تسوي شي؟', 'customer')).toBe('تقدر');
    // «you tell me…?», asked by a proud guest; the Gulf feminine «تقولين لي» is hers already.
    expect(traineeWord('يعني تقول لي إني ما أعرف أقرا حجزي؟', 'customer', 'female')).toBe('تقول لي');
    expect(traineeWord('يعني تقولين لي إني ما أعرف أقرا حجزي؟', 'customer', 'female')).toBeUndefined();
    expect(traineeWord('يعني بتقولّي أستنى لبكرة؟', 'customer')).toBe('بتقولّي');
    expect(traineeWord('أمي تقول لي إنها جت امبارح.', 'customer', 'female')).toBeUndefined();
    expect(traineeWord('أنتَ موظف في قسم الإرجاع.', 'narration')).toBe('أنتَ');
    // A briefing that opens «تعمل في…» puts the trainee (a man) at the desk; «تعملين في…» for a woman.
    expect(traineeWord('تعمل في مكتب خدمة العملاء بفرع بنك في الرياض.', 'narration')).toBe('تعمل');
    expect(traineeWord('وتجلس خلف الكاونتر وحدك.', 'narration')).toBe('تجلس');
  });

  it('reads «تعمل» as «she works» after a name, before one, or mid-text', () => {
    expect(traineeWord('تعملين في مكتب خدمة العملاء.', 'narration')).toBeUndefined();
    expect(traineeWord('منى تعمل في البنك منذ سنتين.', 'narration')).toBeUndefined();
    expect(traineeWord('تعمل منى في البنك منذ سنتين.', 'narration')).toBeUndefined();
  });

  it('finds imperatives, prohibitions and questions to the trainee in all four dialects', () => {
    // Gulf and Emirati
    expect(traineeWord('زين. عطني رقم الطلب وخلصنا.', 'customer', 'female')).toBe('عطني');
    expect(traineeWord('لا تقرا علي الكلام المحفوظ.', 'customer')).toBe('لا تقرا');
    expect(traineeWord('ثلاث ساعات! فاهم شو يعني هالكلام؟', 'customer')).toBe('فاهم');
    expect(traineeWord('مشكور. شفت؟ ما كانت صعبة، صح؟', 'customer', 'female')).toBe('شفت');
    expect(traineeWord('لا. جيب لي المدير. الحين.', 'customer')).toBe('جيب');
    // Egyptian
    expect(traineeWord('فمتقولّيش «عشان أمانك». قولّي ليه.', 'customer', 'female')).toBe('متقولّيش');
    expect(traineeWord('استنى، استنى. الكود، هو اللي في الرسالة دي؟', 'customer')).toBe('استنى');
    expect(traineeWord('لأ. حوّلني على المشرف بتاعك. حالًا.', 'customer')).toBe('حوّلني');
    // Levantine
    expect(traineeWord('عندي تمن أشخاص عالطاولة. فهمان عليّ؟', 'customer')).toBe('فهمان');
    expect(traineeWord('الليلة، كله؟ ممتاز. ابعته أول ما يطلع.', 'customer', 'female')).toBe('ابعته');
    expect(traineeWord('بدفع نفس الشهور مرتين؟ بس قلّي هاي.', 'customer', 'female')).toBe('قلّي');
    // MSA narration: a summary's instructions and a briefing that opens on the trainee's job
    expect(traineeWord('صبره قصير. استمع إليه أولًا، ثم أوصله إلى هناك.', 'narration')).toBe('استمع');
    expect(traineeWord('هي متأكدة أنها محقة. احترمها، وصحّح لها بلطف.', 'narration')).toBe('احترمها');
    expect(traineeWord('تعمل في استقبال مركز صيانة في جدة.', 'narration')).toBe('تعمل');
  });

  it('finds an Emirati customer\'s ـك that a female trainee hears as ـج, in the UAE only', () => {
    expect(traineeWord('تظلم كتابي؟ أنا واقفة قدامك.', 'customer', 'female', 'uae')).toBe('قدامك');
    expect(traineeWord('زين، يعني خلصت من صوبك.', 'customer', 'male', 'uae')).toBe('صوبك');
    expect(traineeWord('تظلم كتابي؟ أنا واقفة قدامك.', 'customer', 'female', 'gulf')).toBeUndefined();
    expect(traineeWord('تظلم كتابي؟ أنا واقفة قدامج.', 'customer', 'female', 'uae')).toBeUndefined();
  });

  it('finds the trainee speaking of themself in the masculine', () => {
    expect(traineeWord('آسف يا أستاذة مريم، الحق علينا.', 'trainee')).toBe('آسف');
    expect(traineeWord('وأنا متأكد إنهم بيوافقون.', 'trainee')).toBe('متأكد');
    expect(traineeWord('أنا موجود هنا لين ينحل الموضوع.', 'trainee')).toBe('أنا موجود');
    expect(traineeWord('بصراحة مش عارف يا فندم، الطلبات دي عند فريق تاني.', 'trainee')).toBe('مش عارف');
    expect(traineeWord('عندك حق، وحقك عليّا. أنا سامعك: إيه اللي حصل؟', 'trainee')).toBe('أنا سامعك');
    expect(traineeWord('فهمان عليك، وبعتذر منك.', 'trainee')).toBe('فهمان');
    expect(traineeWord('متشكر إنك سمعتيني يا أستاذة سلمى.', 'trainee')).toBe('متشكر');
  });

  it('leaves the feminine, the neutral and words about someone else alone', () => {
    expect(traineeWord('رجّعوا المبلغ على بطاقتي لو سمحتي، وأنتِ سمعتني.', 'customer')).toBeUndefined();
    expect(traineeWord('آسفة يا أستاذة مريم، الحق علينا.', 'trainee')).toBeUndefined();
    expect(traineeWord('حقك علينا، خلّني أشوف طلبك الحين.', 'trainee')).toBeUndefined();
    expect(traineeWord('معك حق، الفني ما كان موجود في موعده.', 'trainee')).toBeUndefined();
    expect(traineeWord('أنت متأكد إن الفاتورة معك يا أستاذ خالد؟', 'trainee')).toBeUndefined();
    expect(traineeWord('يا أستاذة ريم، تفضّلي.', 'customer')).toBeUndefined();
    // «تعرف» is also «she knows»: about a woman in the briefing, or a woman's line that is not a question.
    expect(traineeWord('ريم مديرة مبيعات، وتعرف الأرقام أكثر من كثيرين.', 'narration')).toBeUndefined();
    expect(traineeWord('أختي تعرف المحل، هي اللي دلّتني.', 'customer', 'female')).toBeUndefined();
    expect(traineeWord('تعرف؟ أنا ما توقعت كذا.', 'customer', 'female')).toBe('تعرف');
    // Quoted words are someone else's; the feminine and plural of a prohibition; «استنى» that is «he waited».
    expect(traineeWord('والحين توصلني رسالة: «اقري النموذج، لا تتأخر».', 'customer', 'female')).toBeUndefined();
    expect(traineeWord('لا تقولين لي بعد هي راحت، ولا تتركوني أنطر.', 'customer')).toBeUndefined();
    expect(traineeWord('لا تتخبّي ورا الطلب، ولا تقوليلي «الخميس».', 'customer', 'female')).toBeUndefined();
    expect(traineeWord('أخوي استنى ساعتين في الطابور.', 'customer')).toBeUndefined();
    expect(traineeWord('أمّال «اتسلّم» يعني إيه لو متسلّمش ليّا؟', 'customer')).toBeUndefined();
    expect(traineeWord('حضرتك مش متأكد من الرقم؟ خليني أشوف.', 'trainee')).toBeUndefined();
    expect(traineeWord('ريم تعرف الأرقام، وتعمل في المبيعات.', 'narration')).toBeUndefined();
  });
});

describe('check', () => {
  it('warns on the line and the reply with one form only, where they are, in both languages', () => {
    const found = warnings(scenario('{ en: "Listen, you know this is wrong.", ar: "اسمع، أنت تعرف إن هذا غلط." }', '{ en: "I\'m sorry, Ms Huda.", ar: "آسف يا أستاذة هدى." }'));
    expect(found.map((d) => [d.path, d.severity, d.line])).toEqual([
      ['beats[0].line.ar', 'warning', 15],
      ['beats[0].options[0].text.ar', 'warning', 17],
    ]);
    const [line, reply] = found.map((d) => describeDiagnostic(d, 'en'));
    expect(line!.message).toContain('speaks to the trainee in the masculine only (“اسمع”)');
    expect(reply!.message).toContain('the trainee speaks of themself in the masculine only (“آسف”)');
    expect(reply!.hint).toContain('آسف → آسفة');
    expect(describeDiagnostic(found[1]!, 'ar').message).toContain('يتحدث المتدرّب عن نفسه بصيغة المذكر وحدها');
  });

  it('is quiet once ar-f gives the female trainee her form', () => {
    expect(warnings(scenario(
      '{ en: "Listen, you know this is wrong.", ar: "اسمع، أنت تعرف إن هذا غلط.", ar-f: "اسمعي، أنتِ تعرفين إن هذا غلط." }',
      '{ en: "I\'m sorry, Ms Huda.", ar: "آسف يا أستاذة هدى.", ar-f: "آسفة يا أستاذة هدى." }',
    ))).toEqual([]);
  });
});
