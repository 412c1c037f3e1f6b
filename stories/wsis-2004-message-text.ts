/**
 * The text of the 2004 message from the Secretary-General of ITU, verbatim from the WSIS page
 * (see /work/shared/reference/wsis-2004-message-page.txt), shared by the stories that show it.
 */
import { html } from 'lit';

export const AUTHOR = 'Mr. Yoshio Utsumi';
export const AUTHOR_ROLE =
  'Secretary-General of ITU and Secretary-General of the World Summit on the Information Society';

/**
 * The page does not date the message itself. It was last updated on 22 January 2004, and the text
 * looks ahead to meetings "at the beginning of February" and on "26 - 27 February", so the stories
 * date it 2004-01-22, the one date the page gives.
 */
export const DATE = '2004-01-22';

/** The six paragraphs, in English, marked as such so that a story in another language reads them right. */
export const BODY = html`
  <p lang="en" dir="ltr">
    As we look back to the Geneva phase of the World Summit on the Information Society attended by 11,000
    participants including 44 Heads of state or government and vice-presidents, we can be proud of our
    collective accomplishments. The Geneva phase clearly placed the issue of ICTs on the agenda of world
    leaders and produced consensus on the importance of shaping the Information Society in a constructive
    manner beneficial to all citizens. Leaders also agreed on the importance of ICTs in addressing many of the
    major social, political and economical problems and the important role that ICTs can play as an essential
    tool in reaching many of the goals expressed in the Millennium Declaration. The Action Plan sets forth a
    firm commitment to meet concrete targets to "connect the world' and bring the benefits of ICTs to all
    nations.
  </p>
  <p lang="en" dir="ltr">
    In addition, many multi-stakeholder partnership initiatives were announced during the Summit. Cisco and
    ITU signed a Memorandum of Understanding to open 20 more Internet Training Centres in developing
    countries. Microsoft, working with UNDP, will create a billion dollar program to bring ICT skills to
    underserved communities. The UN ICT Task Force with Ireland, Sweden, Canada and Switzerland announced the
    global e-school project to connect schools and communities in the developing world. And at the very close
    of the Summit, the cities of Geneva and Lyon and the Government of Senegal announced contributions
    totaling about 1 million euros to fund ICT projects in developing countries, representing the first
    payments towards the Digital Solidarity Fund.
  </p>
  <p lang="en" dir="ltr">
    I would like to thank the many participants in the process. In particular, I thank the host country of the
    Geneva phase, Switzerland, for their substantial efforts and contributions. As well, I am grateful to Mr.
    Adama Samassekou, the PrepCom President of the Geneva phase, for his energy and commitment to this
    process. A special thanks also goes to those who made financial or organizational contributions to the
    Summit.
  </p>
  <p lang="en" dir="ltr">
    Together, we are now faced with the challenge of transforming the declaration and the plan of action
    endorsed in the Geneva phase into concrete action. The Geneva Summit called for a preparatory meeting to
    be held in the first half of 2004 to establish the structure of the Tunis phase. As preparation for that
    meeting has been entrusted to the Bureau for the Tunis phase, the establishment of the Bureau for the
    Tunis phase is one of the most urgent matters requiring attention. The two ex officio members of the
    Bureau, Tunisia and Switzerland, are expected to play a key role in this process. I sincerely hope that
    the new Bureau members will meet informally at the beginning of February to commence their task.
  </p>
  <p lang="en" dir="ltr">
    The Geneva phase also identified two major issues to be resolved under the auspices of UN Secretary
    General, namely Internet governance and financing mechanisms. To contribute to the discussion on Internet
    governance, ITU will organize a workshop on 26 - 27 February in Geneva, which provides a forum for
    exchanging views on definitions, viewpoints, visions and analytical studies on Internet governance .
  </p>
  <p lang="en" dir="ltr">
    I look forward to working with the many stakeholders involved in this exciting and important undertaking.
    In particular, I am pleased to begin working closely with Tunisia, the host country of the second phase as
    we prepare for November 2005.
  </p>
`;
